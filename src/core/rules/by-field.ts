import type { Path } from '../yaml/edit';
import type { Diagnostic } from './types';

/** The key of a field in one document, for looking its diagnostics up. */
export function fieldKey(doc: number, path: Path): string {
  return `${doc}|${path.join('\u0000')}`;
}

/** Diagnostics grouped by the field they are about, so each form field finds its own at once. */
export function diagnosticsByField(
  diagnostics: readonly Diagnostic[],
): ReadonlyMap<string, Diagnostic[]> {
  const byField = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const key = fieldKey(diagnostic.doc, diagnostic.path);
    const list = byField.get(key);
    if (list) list.push(diagnostic);
    else byField.set(key, [diagnostic]);
  }
  return byField;
}
