import type { Rule } from '../types';
import { RULE_IDS } from '../types';
import { yamlSyntax } from '../yaml-syntax';
import { GRPC_RULES } from './grpc';
import { INGRESS_AND_RESOURCE_RULES } from './ingress-and-resources';
import { LINK_RULES } from './links';
import { OBJECT_RULES } from './objects';

const ORDER = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

/**
 * Every rule kubewire runs, in the order of ../shared/RULES.md. The batches group rules by
 * who wrote them; the order comes from RULE_IDS, which lists the ids as RULES.md does, so a
 * rule kept in another batch (memory-milli-units) still lands where RULES.md puts it.
 */
export const RULES: readonly Rule[] = [
  ...LINK_RULES,
  yamlSyntax,
  ...OBJECT_RULES,
  ...INGRESS_AND_RESOURCE_RULES,
  ...GRPC_RULES,
].sort((a, b) => (ORDER.get(a.id) ?? Infinity) - (ORDER.get(b.id) ?? Infinity));
