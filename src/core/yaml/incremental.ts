import type { LineCounter } from 'yaml';
import { changedSpan } from '../text/diff';
import { movedDocument, readSegment } from './lazy-document';
import {
  countLines,
  positionAt,
  readDocument,
  type ParsedManifest,
  type SyntaxProblem,
} from './parse';

/**
 * Re-reading only the document a change is in. A keystroke changes one place of the text; the
 * documents before it are unchanged and the documents after it only moved. Parsing a
 * 300-object manifest takes over 100 ms, parsing one object well under one, so a keystroke
 * re-reads the one document (its segment: from its `---` to the next one) and keeps every
 * other document, the ones after it shifted by the change's length. The `object` of a kept
 * document is the same value as before, which lets later steps skip work for it.
 *
 * It only does so when that is sure to give what reading the whole text would: the change
 * leaves the document markers around it alone, the segment still reads as exactly one document
 * and without errors (an unclosed quote could run on into the next document when the whole
 * text is read), and the text has no `%` directives (they belong to the next document). Any
 * other change reads the whole text again.
 */

/**
 * A syntax problem of a document after the change, its positions read in the new text (even
 * when it did not move, the lines before it may have: a newline replaced by a letter).
 */
function movedProblem(
  problem: SyntaxProblem,
  delta: number,
  before: LineCounter,
  after: LineCounter,
): SyntaxProblem {
  const endOffset = (before.lineStarts[problem.end.line - 1] ?? 0) + problem.end.column - 1;
  const offset = problem.offset + delta;
  return {
    ...problem,
    offset,
    start: positionAt(after, offset),
    end: positionAt(after, endOffset + delta),
  };
}

const DOCUMENT_END = /(^|\n)\.\.\.(\s|$)/;

/**
 * The parse of `text`, given the parse of an earlier text, re-reading only the document the
 * change is in; undefined when the whole text must be read (see above).
 */
export function reparseChange(previous: ParsedManifest, text: string): ParsedManifest | undefined {
  const before = previous.text;
  const docs = previous.documents;
  if (docs.length === 0 || /(^|\n)%/.test(text)) return undefined;
  const change = changedSpan(before, text);
  if (!change) return previous;
  const prefix = change.start;
  const changeEnd = change.endBefore;
  const delta = text.length - before.length;
  // A document's range starts where its YAML's does: at its `---` after the first.
  const segmentStart = (i: number) => (i === 0 ? 0 : (docs[i]?.range[0] ?? 0));
  const index = docs.findIndex((_, i) => i === docs.length - 1 || changeEnd < segmentStart(i + 1));
  const edited = docs[index];
  if (!edited) return undefined;
  const start = segmentStart(index);
  const last = index === docs.length - 1;
  const end = last ? before.length : segmentStart(index + 1);
  // The `---` marker and the character after it, and the newline before the next marker, stay.
  if (index > 0 && (prefix < start + 4 || !before.startsWith('---', start))) return undefined;
  if (!last && (changeEnd > end - 1 || before.charCodeAt(end - 1) !== 10)) return undefined;
  if (!last && !before.startsWith('---', end)) return undefined;
  const segment = text.slice(start, end + delta);
  // A `...` ends a document without starting the next: the segments would not line up.
  if (DOCUMENT_END.test(segment) || DOCUMENT_END.test(before.slice(start, end))) return undefined;
  const yaml = readSegment(text, start, end + delta);
  if (!yaml) return undefined;

  const lineCounter = countLines(text);
  const problems: SyntaxProblem[] = [];
  const documents = docs.map((doc, i) => {
    if (i < index) return doc;
    if (i === index) return readDocument(yaml, i, lineCounter, problems);
    return movedDocument(doc, delta);
  });
  if (problems.length > 0) return undefined;
  const syntaxErrors = previous.syntaxErrors.flatMap((problem) => {
    if (problem.docIndex === index) return [];
    if (problem.docIndex < index) return [problem];
    return [movedProblem(problem, delta, previous.lineCounter, lineCounter)];
  });
  return { text, documents, syntaxErrors, lineCounter };
}
