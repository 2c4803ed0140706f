import type { Diagnostic } from '../../core';
import { monaco } from './monaco';

type Model = ReturnType<typeof monaco.editor.createModel>;

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

/** The owner of kubewire's markers in the model. */
export const MARKER_OWNER = 'kubewire';

/** Shows every diagnostic as a marker at its line and column, with its rule id as the code. */
export function showDiagnostics(model: Model, diagnostics: readonly Diagnostic[]): void {
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((diagnostic) => {
      const { start, end } = diagnostic.range;
      const empty = start.line === end.line && end.column <= start.column;
      return {
        severity: SEVERITY[diagnostic.severity],
        message: diagnostic.message,
        code: diagnostic.ruleId,
        source: 'kubewire',
        startLineNumber: start.line,
        startColumn: start.column,
        endLineNumber: end.line,
        // A zero-width range would draw no squiggle: cover at least one character.
        endColumn: empty ? start.column + 1 : end.column,
      };
    }),
  );
}
