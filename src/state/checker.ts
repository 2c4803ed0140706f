import type { CheckResult, ParsedManifest, ProfileId } from '../core';
import type { Slicer } from '../core/slices';

/**
 * The rules (with the bundled schemas and the link resolver) are most of the core's bytes and
 * none of them is needed to show the first form: they load right after it, and the store
 * checks the manifest again when they are there. Until then the check is `PENDING`.
 */
export type Checker = (parsed: ParsedManifest, profile: ProfileId | undefined) => CheckResult;

type RulesModule = typeof import('./checker-rules');

let rules: RulesModule | undefined;
let loading: Promise<RulesModule> | undefined;

/**
 * The last check made, so that a check run ahead in slices (`checkInSlices`) is what the
 * store's own check of the same parse then finds; and a parse checked twice (the store derives
 * again when the rules arrive) is checked once.
 */
let last:
  { parsed: ParsedManifest; profile: ProfileId | undefined; result: CheckResult } | undefined;

function remembered(parsed: ParsedManifest, profile: ProfileId | undefined) {
  return last?.parsed === parsed && last.profile === profile ? last.result : undefined;
}

const checker: Checker = (parsed, profile) => {
  const known = remembered(parsed, profile);
  if (known || !rules) return known ?? PENDING_CHECK;
  const result = rules.checkWithRules(parsed, profile);
  last = { parsed, profile, result };
  return result;
};

/** The checker, if it has loaded. */
export function loadedChecker(): Checker | undefined {
  return rules ? checker : undefined;
}

function loadRules(): Promise<RulesModule> {
  loading ??= import('./checker-rules').then((module) => {
    rules = module;
    return module;
  });
  return loading;
}

/** Loads the checker once; resolves with it. */
export function loadChecker(): Promise<Checker> {
  return loadRules().then(() => checker);
}

/**
 * Checks `parsed` in slices (loading the rules first if need be), so that the store's check of
 * it afterwards is immediate.
 */
export async function checkInSlices(
  parsed: ParsedManifest,
  profile: ProfileId | undefined,
  slicer: Slicer,
): Promise<void> {
  const module = await loadRules();
  if (remembered(parsed, profile)) return;
  const result = await module.checkWithRulesInSlices(parsed, profile, slicer);
  last = { parsed, profile, result };
}

/** The check before the rules have loaded: nothing found yet, and nothing linked. */
export const PENDING_CHECK: CheckResult = { diagnostics: [], graph: { objects: [], links: [] } };
