import type { Rule } from '../types';

export const LINK_RULES: readonly Rule[] = [];
