import { changedSpan, formatYaml } from '../../core';
import { monaco } from './monaco';

/**
 * Format Document (Shift+Alt+F, or the context menu) with the same formatter as the Format
 * button. The change is one edit, the span that differs, so the rest of the text is untouched.
 * Broken YAML gets no edit at all.
 */
export function registerFormatter(): { dispose: () => void } {
  return monaco.languages.registerDocumentFormattingEditProvider('yaml', {
    displayName: 'kubewire',
    provideDocumentFormattingEdits: (model) => {
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
    },
  });
}
