import type { Rule } from '../types';

export const OBJECT_RULES: readonly Rule[] = [];
