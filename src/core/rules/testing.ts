/** Helpers for rule tests: run the whole catalogue, keep one rule's diagnostics, apply a fix. */
import { applyEdits } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import type { RuleOptions } from './context';
import { checkManifest } from './run';
import { fixCommands, type Diagnostic, type RuleId } from './types';

/** The diagnostics one rule gives for a manifest, with every other rule run too (strictly). */
export function findingsOf(ruleId: RuleId, text: string, options: RuleOptions = {}): Diagnostic[] {
  return checkManifest(parseManifest(text), options, true).diagnostics.filter(
    (diagnostic) => diagnostic.ruleId === ruleId,
  );
}

/** The text after applying a diagnostic's quick fix; throws when it has none or it fails. */
export function applyFix(text: string, diagnostic: Diagnostic | undefined): string {
  if (!diagnostic?.fix) throw new Error('the diagnostic has no quick fix');
  const result = applyEdits(text, fixCommands(diagnostic.fix, text));
  if (!result.ok) throw new Error(`the quick fix failed: ${result.reason}`);
  return result.text;
}
