/** Helpers for the refactoring tests: apply commands, list the errors. */
import { checkManifest } from '../rules/run';
import type { Diagnostic } from '../rules/types';
import { applyEdits, type EditCommand } from '../yaml/edit';
import { parseManifest, type ParsedManifest } from '../yaml/parse';

export const parse = (text: string): ParsedManifest => parseManifest(text);

/** The text after the commands; throws when one fails or the result does not parse. */
export function apply(text: string, commands: readonly EditCommand[]): string {
  const result = applyEdits(text, commands);
  if (!result.ok) throw new Error(`the edit failed: ${result.reason}`);
  if (parseManifest(result.text).syntaxErrors.length > 0) throw new Error('the result is broken');
  return result.text;
}

/** The error-level diagnostics of a manifest, every rule run strictly. */
export function errorsOf(text: string): Diagnostic[] {
  return checkManifest(parseManifest(text), {}, true).diagnostics.filter(
    (diagnostic) => diagnostic.severity === 'error',
  );
}

/** `ruleId: message` of each error, for readable failures. */
export function errorLines(text: string): string[] {
  return errorsOf(text).map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.message}`);
}
