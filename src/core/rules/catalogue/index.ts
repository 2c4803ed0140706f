import type { Rule } from '../types';
import { yamlSyntax } from '../yaml-syntax';
import { GRPC_RULES } from './grpc';
import { INGRESS_AND_RESOURCE_RULES } from './ingress-and-resources';
import { LINK_RULES } from './links';
import { OBJECT_RULES } from './objects';

/** Every rule kubewire runs, in the order of ../shared/RULES.md. */
export const RULES: readonly Rule[] = [
  ...LINK_RULES,
  yamlSyntax,
  ...OBJECT_RULES,
  ...INGRESS_AND_RESOURCE_RULES,
  ...GRPC_RULES,
];
