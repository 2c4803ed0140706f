import { useMemo } from 'react';
import { fieldKey, type Diagnostic, type Path } from '../../../core';
import { equalValues } from '../../../state/keep-equal';
import type { ManifestState } from '../../../state/store';
import { useManifestSelector } from '../../../state/use-manifest-selector';
import { useFormDoc } from '../form-context';

/** What a field shows of a diagnostic: not its place in the text, which moves as one types. */
export type FieldDiagnostic = Pick<Diagnostic, 'severity' | 'message'>;

/**
 * The diagnostics about exactly this field of the form's document: about its key (a label's
 * name) when `atKey`, else about its value. Compared by what the field shows, so that typing
 * elsewhere (which moves every diagnostic's range) does not render this field again.
 */
export function useFieldDiagnostics(path: Path, atKey = false): readonly FieldDiagnostic[] {
  const { doc } = useFormDoc();
  const key = fieldKey(doc, path);
  const select = useMemo(() => {
    // Unchanged lists keep their array from one edit to the next (store.ts): only a list that
    // changed is filtered again.
    let list: readonly Diagnostic[] | undefined | null = null;
    let shown: readonly FieldDiagnostic[] = NONE;
    return (state: ManifestState) => {
      const next = state.byField.get(key);
      if (next !== list) {
        list = next;
        shown = next ? shownOf(next, atKey) : NONE;
      }
      return shown;
    };
  }, [key, atKey]);
  return useManifestSelector(select, equalValues);
}

const NONE: readonly FieldDiagnostic[] = [];

function shownOf(list: readonly Diagnostic[], atKey: boolean): readonly FieldDiagnostic[] {
  const shown = list
    .filter((diagnostic) => (diagnostic.atKey ?? false) === atKey)
    .map(({ severity, message }) => ({ severity, message }));
  return shown.length === 0 ? NONE : shown;
}

/** A DOM id for a field, so that selecting a problem can focus the field it is about. */
export function fieldDomId(doc: number, path: Path): string {
  return `field-${doc}-${path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('-')}`;
}

/** How a field shows its diagnostics: the most severe message in place of its help text. */
export function fieldStatus(diagnostics: readonly FieldDiagnostic[]): {
  message: string | null;
  color: 'error' | 'warning' | 'info' | undefined;
} {
  const first =
    diagnostics.find((d) => d.severity === 'error') ??
    diagnostics.find((d) => d.severity === 'warning') ??
    diagnostics[0];
  if (!first) return { message: null, color: undefined };
  return { message: first.message, color: first.severity };
}
