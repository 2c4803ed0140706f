import { t } from '../../app/i18n';
import {
  completionContext,
  documentHeader,
  escapeMarkdown,
  formatPath,
  pathAt,
  propertiesAt,
  schemaAt,
  typeName,
} from '../../core';
import { monaco } from './monaco';

type Disposable = { dispose: () => void };

/** A snippet's special characters, so a field name is inserted as written. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/**
 * Completion of field names from the bundled schema: the fields the map at the cursor may have
 * and does not have yet. Works on half-written text, which is when it is needed.
 */
function registerCompletion(): Disposable {
  return monaco.languages.registerCompletionItemProvider('yaml', {
    provideCompletionItems: (model, position) => {
      const text = model.getValue();
      const context = completionContext(text, position.lineNumber, position.column);
      if (!context) return { suggestions: [] };
      const { apiVersion, kind } = documentHeader(text, context.doc);
      const present = new Set(context.present);

      // Replace the whole key under the cursor; keep its `:` if it has one.
      const after = model.getLineContent(position.lineNumber).slice(position.column - 1);
      const rest = /^[\w./-]*/.exec(after)?.[0] ?? '';
      const hasColon = /^\s*:/.test(after.slice(rest.length));
      const range = new monaco.Range(
        position.lineNumber,
        context.keyColumn + 1,
        position.lineNumber,
        position.column + rest.length,
      );
      const childIndent = ' '.repeat(context.keyColumn + 2);
      const { InsertAsSnippet, KeepWhitespace } = monaco.languages.CompletionItemInsertTextRule;
      // The indentation is computed here (a `- ` item's key is deeper than its line's indent).
      const rules = (InsertAsSnippet |
        KeepWhitespace) as monaco.languages.CompletionItemInsertTextRule;

      const suggestions = propertiesAt(apiVersion, kind, context.path)
        .filter((field) => !present.has(field.name))
        .map((field): monaco.languages.CompletionItem => {
          const nested = field.type === 'object' || field.type === 'array';
          const name = snippetText(field.name);
          let insertText = `${name}: $0`;
          if (hasColon) insertText = name;
          else if (field.type === 'object') insertText = `${name}:\n${childIndent}$0`;
          else if (field.type === 'array') insertText = `${name}:\n${childIndent}- $0`;
          return {
            label: field.name,
            kind: monaco.languages.CompletionItemKind.Property,
            detail: field.required
              ? t('yaml.completion.required', { type: field.type })
              : field.type,
            // Plain text, not Markdown: shown exactly as the schema says it.
            documentation: firstLine(field.description),
            insertText,
            insertTextRules: rules,
            range,
            // Required fields first, then the schema's alphabetical order.
            sortText: `${field.required ? '0' : '1'}${field.name}`,
            // Objects and lists go on: offer their fields right away.
            command:
              nested && !hasColon
                ? { id: 'editor.action.triggerSuggest', title: field.name }
                : undefined,
          };
        });
      return { suggestions };
    },
  });
}

/** Hover over a field (its key or its value): its description and type from the schema. */
function registerHover(): Disposable {
  return monaco.languages.registerHoverProvider('yaml', {
    provideHover: (model, position) => {
      const at = pathAt(model.getValue(), model.getOffsetAt(position));
      if (!at || at.path.length === 0) return null;
      const node = schemaAt(at.apiVersion, at.kind, at.path);
      if (!node) return null;
      const last = at.path[at.path.length - 1];
      const required =
        typeof last === 'string' &&
        propertiesAt(at.apiVersion, at.kind, at.path.slice(0, -1)).some(
          (field) => field.name === last && field.required,
        );
      const type = t(required ? 'yaml.hover.required' : 'yaml.hover.type', {
        type: typeName(node),
      });
      // Everything is escaped: the path comes from the manifest, which may come from a share link.
      const lines = [`**${escapeMarkdown(formatPath(at.path))}**`, escapeMarkdown(type)];
      if (node.description) lines.push(escapeMarkdown(node.description));
      const start = model.getPositionAt(at.range[0]);
      const end = model.getPositionAt(at.range[1]);
      return {
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        contents: [{ value: lines.join('\n\n'), supportHtml: false, isTrusted: false }],
      };
    },
  });
}

/** Completion and hover from the bundled schemas. Returns a disposable for the pane. */
export function registerSchemaAssist(): Disposable {
  const disposables = [registerCompletion(), registerHover()];
  return { dispose: () => disposables.forEach((disposable) => disposable.dispose()) };
}
