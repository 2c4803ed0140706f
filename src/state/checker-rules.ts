/** The part of the core that loads after the first form (see checker.ts). */
import type { CheckResult, ParsedManifest, ProfileId } from '../core';
import { checkManifest, checkManifestInSlices } from '../core/rules/run';
import type { Slicer } from '../core/slices';
import type { Checker } from './checker';

export const checkWithRules: Checker = (parsed, profile) => checkManifest(parsed, { profile });

export function checkWithRulesInSlices(
  parsed: ParsedManifest,
  profile: ProfileId | undefined,
  slicer: Slicer,
): Promise<CheckResult> {
  return checkManifestInSlices(parsed, { profile }, slicer);
}
