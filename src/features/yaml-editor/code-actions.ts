import { fixCommands, type Diagnostic, type QuickFix } from '../../core';
import { useManifest } from '../../state/store';
import { monaco } from './monaco';

const APPLY_FIX = 'kubewire.applyQuickFix';

/**
 * Offers each diagnostic's quick fix as a Monaco code action (the light bulb, Ctrl+.), applied
 * through the same edit commands as the Problems list. Returns a disposable for the pane.
 */
export function registerQuickFixes(): { dispose: () => void } {
  const command = monaco.editor.registerCommand(APPLY_FIX, (_accessor, fix: QuickFix) => {
    const { text, apply } = useManifest.getState();
    apply(fixCommands(fix, text), 'fix');
  });
  const provider = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions: (model, range) => {
      const diagnostics: readonly Diagnostic[] = useManifest.getState().check.diagnostics;
      const actions = diagnostics
        .filter((diagnostic) => {
          if (!diagnostic.fix) return false;
          const { start, end } = diagnostic.range;
          return start.line <= range.endLineNumber && end.line >= range.startLineNumber;
        })
        .map((diagnostic) => ({
          title: diagnostic.fix?.title ?? '',
          kind: 'quickfix',
          isPreferred: true,
          diagnostics: monaco.editor
            .getModelMarkers({ resource: model.uri })
            .filter(
              (marker) =>
                marker.code === diagnostic.ruleId &&
                marker.startLineNumber === diagnostic.range.start.line,
            ),
          command: {
            id: APPLY_FIX,
            title: diagnostic.fix?.title ?? '',
            arguments: [diagnostic.fix],
          },
        }));
      return { actions, dispose: () => undefined };
    },
  });
  return {
    dispose: () => {
      command.dispose();
      provider.dispose();
    },
  };
}
