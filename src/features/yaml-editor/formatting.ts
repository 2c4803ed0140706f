import { changedSpan, formatYaml } from '../../core';
import { monaco } from './monaco';

type Model = ReturnType<typeof monaco.editor.createModel>;
type Editor = ReturnType<typeof monaco.editor.create>;

/**
 * The edit that formats `model` with the same formatter as the Format button: one edit, the span
 * that differs, so the rest of the text is untouched. Broken YAML gets no edit at all.
 */
function formattingEdits(model: Model): monaco.languages.TextEdit[] {
  const before = model.getValue();
  const result = formatYaml(before);
  if (!result.ok) return [];
  const span = changedSpan(before, result.text);
  if (!span) return [];
  const from = model.getPositionAt(span.start);
  const to = model.getPositionAt(span.endBefore);
  return [
    {
      range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
      text: result.text.slice(span.start, span.endAfter),
    },
  ];
}

/** Format Document from the context menu and the command palette. */
export function registerFormatter(): { dispose: () => void } {
  return monaco.languages.registerDocumentFormattingEditProvider('yaml', {
    displayName: 'kubewire',
    provideDocumentFormattingEdits: formattingEdits,
  });
}

/**
 * Format Document from its shortcut (Shift+Alt+F), at once and as one undo step. Monaco's own
 * action waits up to a second for its worker to shrink the edits and drops them if anything
 * moved meanwhile: on a busy machine the keystroke could do nothing.
 */
export function formatNow(editor: Editor): void {
  const model = editor.getModel();
  if (!model || editor.getOption(monaco.editor.EditorOption.readOnly)) return;
  const edits = formattingEdits(model);
  if (edits.length === 0) return;
  editor.pushUndoStop();
  editor.executeEdits('kubewire.format', edits);
  editor.pushUndoStop();
}
