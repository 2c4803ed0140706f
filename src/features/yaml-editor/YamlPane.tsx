import Box from '@mui/material/Box';
import { useEffect, useRef } from 'react';
import { t } from '../../app/i18n';
import { changedSpan, type ParsedManifest } from '../../core';
import { useManifest } from '../../state/store';
import { monaco } from './monaco';

type Model = ReturnType<typeof monaco.editor.createModel>;

function showSyntaxMarkers(model: Model, parsed: ParsedManifest): void {
  monaco.editor.setModelMarkers(
    model,
    'kubewire-syntax',
    parsed.syntaxErrors.map((error) => ({
      severity: monaco.MarkerSeverity.Error,
      message: error.message,
      source: 'yaml-syntax',
      startLineNumber: error.start.line,
      startColumn: error.start.column,
      endLineNumber: error.end.line,
      endColumn:
        error.end.line === error.start.line
          ? Math.max(error.end.column, error.start.column + 1)
          : error.end.column,
    })),
  );
}

/**
 * The Monaco pane. The store's text is the source of truth: typing here writes the whole text
 * to the store, and edits from elsewhere are applied to the model as the one span that changed,
 * so the cursor, scroll position and undo history are kept.
 */
export default function YamlPane() {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const store = useManifest.getState();
    const model = monaco.editor.createModel(
      store.text,
      'yaml',
      monaco.Uri.parse('file:///manifests.yaml'),
    );
    const editor = monaco.editor.create(element, {
      model,
      ariaLabel: t('yaml.ariaLabel'),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      fontSize: 13,
      renderWhitespace: 'selection',
      // Chromium's EditContext input drops spaces typed by automation and some IMEs.
      editContext: false,
      fixedOverflowWidgets: true,
    });
    let applyingStoreChange = false;
    showSyntaxMarkers(model, store.parsed);

    const typed = model.onDidChangeContent(() => {
      if (applyingStoreChange) return;
      useManifest.getState().setText(model.getValue(), 'yaml');
    });

    const unsubscribe = useManifest.subscribe((state, previous) => {
      if (state.parsed !== previous.parsed) showSyntaxMarkers(model, state.parsed);
      if (state.origin === 'yaml') return;
      const current = model.getValue();
      const span = changedSpan(current, state.text);
      if (!span) return;
      const from = model.getPositionAt(span.start);
      const to = model.getPositionAt(span.endBefore);
      applyingStoreChange = true;
      try {
        model.pushEditOperations(
          [],
          [
            {
              range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
              text: state.text.slice(span.start, span.endAfter),
            },
          ],
          () => null,
        );
      } finally {
        applyingStoreChange = false;
      }
    });

    return () => {
      unsubscribe();
      typed.dispose();
      editor.dispose();
      model.dispose();
    };
  }, []);

  return <Box ref={host} data-testid="yaml-editor" sx={{ position: 'absolute', inset: 0 }} />;
}
