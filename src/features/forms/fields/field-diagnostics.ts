import { useMemo } from 'react';
import { fieldKey, type Diagnostic, type Path } from '../../../core';
import { useManifest } from '../../../state/store';
import { useFormDoc } from '../form-context';

const EMPTY: readonly Diagnostic[] = [];

/**
 * The diagnostics about exactly this field of the form's document: about its key (a label's
 * name) when `atKey`, else about its value.
 */
export function useFieldDiagnostics(path: Path, atKey = false): readonly Diagnostic[] {
  const { doc } = useFormDoc();
  const all = useManifest((state) => state.byField.get(fieldKey(doc, path)) ?? EMPTY);
  return useMemo(
    () => all.filter((diagnostic) => (diagnostic.atKey ?? false) === atKey),
    [all, atKey],
  );
}

/** A DOM id for a field, so that selecting a problem can focus the field it is about. */
export function fieldDomId(doc: number, path: Path): string {
  return `field-${doc}-${path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('-')}`;
}

/** How a field shows its diagnostics: the most severe message in place of its help text. */
export function fieldStatus(diagnostics: readonly Diagnostic[]): {
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

/** Warnings and advice colour the field's help line; errors use the field's own error style. */
export function helperTextColor(color: 'error' | 'warning' | 'info' | undefined): {
  color?: string;
} {
  if (color === 'warning') return { color: 'warning.dark' };
  if (color === 'info') return { color: 'info.dark' };
  return {};
}
