/**
 * Format Document: re-indents every document of a manifest the same way (two spaces, sequences
 * indented under their key), keeping comments, key order and quoting. It refuses rather than
 * guesses: on a syntax error, or if the result would not read back as the same values with the
 * same comments.
 */
import { isScalar, Lexer, parseAllDocuments, type Document } from 'yaml';

export type FormatResult =
  { ok: true; text: string } | { ok: false; reason: 'syntax-error' | 'would-change-content' };

const OPTIONS = { indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false };
/** As in parse.ts: a hostile document must not expand exponentially while it is compared. */
const MAX_ALIAS_COUNT = 100;

function commentLines(comment: string | null | undefined): string[] {
  if (comment == null || comment === '') return [];
  return comment.split('\n').map((line) => (line === '' ? '' : `#${line}`));
}

/**
 * A document without content (after a trailing `---`, or holding only comments): the yaml
 * library prints those with a stray blank line or a space before the comment.
 */
function emptyDocument(doc: Document.Parsed, index: number): string | undefined {
  const contents = doc.contents;
  if (!isScalar(contents) || contents.value !== null || contents.source !== '') return undefined;
  const marker = doc.directives.docStart === true || index > 0 ? ['---'] : [];
  const lines = [
    ...commentLines(doc.commentBefore),
    ...marker,
    ...commentLines(contents.commentBefore),
    ...commentLines(contents.comment),
    ...commentLines(doc.comment),
  ];
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The comments of a text, in order, as the lexer sees them (never inside strings). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}

function values(docs: readonly Document.Parsed[]): string | undefined {
  try {
    return JSON.stringify(
      docs.map((doc) => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown),
    );
  } catch {
    return undefined;
  }
}

export function formatYaml(text: string): FormatResult {
  const docs = parseAllDocuments(text);
  // Only comments and blank lines: there is nothing to indent.
  if (!Array.isArray(docs) || docs.length === 0) return { ok: true, text };
  if (docs.some((doc) => doc.errors.length > 0)) return { ok: false, reason: 'syntax-error' };

  const formatted = docs
    .map((doc, index) => emptyDocument(doc, index) ?? doc.toString(OPTIONS))
    .join('');

  const again = parseAllDocuments(formatted);
  const same =
    Array.isArray(again) &&
    again.length === docs.length &&
    again.every((doc) => doc.errors.length === 0) &&
    values(again) !== undefined &&
    values(again) === values(docs) &&
    comments(formatted).join('\n') === comments(text).join('\n');
  return same ? { ok: true, text: formatted } : { ok: false, reason: 'would-change-content' };
}
