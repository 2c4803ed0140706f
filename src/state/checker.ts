import type { CheckResult, ParsedManifest, ProfileId } from '../core';

/**
 * The rules (with the bundled schemas and the link resolver) are most of the core's bytes and
 * none of them is needed to show the first form: they load right after it, and the store
 * checks the manifest again when they are there. Until then the check is `PENDING`.
 */
export type Checker = (parsed: ParsedManifest, profile: ProfileId | undefined) => CheckResult;

let checker: Checker | undefined;
let loading: Promise<Checker> | undefined;

/** The checker, if it has loaded. */
export function loadedChecker(): Checker | undefined {
  return checker;
}

/** Loads the checker once; resolves with it. */
export function loadChecker(): Promise<Checker> {
  loading ??= import('./checker-rules').then((module) => {
    checker = module.checkWithRules;
    return checker;
  });
  return loading;
}

/** The check before the rules have loaded: nothing found yet, and nothing linked. */
export const PENDING_CHECK: CheckResult = { diagnostics: [], graph: { objects: [], links: [] } };
