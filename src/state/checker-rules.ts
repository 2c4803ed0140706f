/** The part of the core that loads after the first form (see checker.ts). */
import { checkManifest } from '../core/rules/run';
import type { Checker } from './checker';

export const checkWithRules: Checker = (parsed, profile) => checkManifest(parsed, { profile });
