import './yaml-pane.css';
import { useEffect, useRef } from 'react';
import { t } from '../../app/i18n';
import { nextPageTask } from '../../state/page-slicer';
import { useManifest } from '../../state/store';
import { registerQuickFixes } from './code-actions';
import { formatNow, registerFormatter } from './formatting';
import { showDiagnostics } from './markers';
import { modelWriter } from './model-writer';
import { monaco } from './monaco';
import { registerSchemaAssist } from './schema-assist';

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
      // Work Monaco would redo on every keystroke (the forms type into this model too) that a
      // YAML manifest has no use for: it has few brackets, no colours, links or code lenses.
      bracketPairColorization: { enabled: false },
      guides: {
        bracketPairs: false,
        bracketPairsHorizontal: false,
        highlightActiveBracketPair: false,
      },
      colorDecorators: false,
      links: false,
      codeLens: false,
      inlayHints: { enabled: 'off' },
      stickyScroll: { enabled: false },
      readOnlyMessage: { value: t('yaml.writing') },
    });
    showDiagnostics(model, store.check.diagnostics);
    const quickFixes = registerQuickFixes();
    const schemaAssist = registerSchemaAssist();
    const formatter = registerFormatter();
    // Format Document is Ctrl+Shift+I on Linux in Monaco; Shift+Alt+F everywhere, as documented.
    editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, () => {
      formatNow(editor);
    });

    // A big change (a file opened) is written in pieces over several tasks; meanwhile the pane
    // takes no typing, and its markers wait for the whole text.
    const writer = modelWriter(model, (pending) => {
      editor.updateOptions({ readOnly: pending });
      if (pending) return;
      // A big text's markers (thousands) are decorated in a task of their own, not the last
      // piece's: together they made a task of ~60 ms.
      void nextPageTask().then(() => {
        if (!writer.pending && !model.isDisposed())
          showDiagnostics(model, useManifest.getState().check.diagnostics);
      });
    });

    const typed = model.onDidChangeContent(() => {
      if (writer.writing) return;
      const text = model.getValue();
      writer.typed(text);
      useManifest.getState().setText(text, 'yaml');
    });

    const unsubscribe = useManifest.subscribe((state, previous) => {
      if (state.selection !== previous.selection && state.selection?.offset) {
        writer.finish();
        const [from, to] = state.selection.offset;
        const start = model.getPositionAt(from);
        const end = model.getPositionAt(to);
        const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
        editor.revealRangeInCenterIfOutsideViewport(range);
        editor.setSelection(range);
      }
      if (state.text === previous.text) return;
      // Text typed here is already in the model; only edits from elsewhere are applied to it.
      const fromElsewhere = state.origin !== 'yaml';
      if (fromElsewhere) writer.write(state.text);
      if (writer.pending) return;
      // Markers move with the text; equal diagnostics keep their array (the store shares it).
      if (state.check.diagnostics !== previous.check.diagnostics)
        showDiagnostics(model, state.check.diagnostics);
      // Monaco draws in the next animation frame; an edit from a form is drawn now, in the
      // keystroke's own task, like the forms, the diagram and the Problems list beside it.
      if (fromElsewhere) editor.render();
    });

    return () => {
      writer.dispose();
      unsubscribe();
      quickFixes.dispose();
      schemaAssist.dispose();
      formatter.dispose();
      typed.dispose();
      editor.dispose();
      model.dispose();
    };
  }, []);

  return <div ref={host} data-testid="yaml-editor" className="kw-yaml-pane" />;
}
