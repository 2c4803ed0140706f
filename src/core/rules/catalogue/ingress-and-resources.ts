import type { Rule } from '../types';

export const INGRESS_AND_RESOURCE_RULES: readonly Rule[] = [];
