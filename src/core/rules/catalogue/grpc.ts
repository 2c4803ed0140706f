import type { Rule } from '../types';

export const GRPC_RULES: readonly Rule[] = [];
