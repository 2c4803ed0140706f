import { unshiftedContents } from '../yaml/lazy-document';
import type { ManifestDocument } from '../yaml/parse';
/**
 * Several files in one manifest text. The text stays the single source of truth: each file's
 * part starts with a `# Source: <name>` comment (the convention of `helm template`), so which
 * object came from which file is read from the text itself and survives every edit.
 */

export interface SourceFile {
  name: string;
  text: string;
}

/** Every `# Source:` line of a text, LF or CRLF. */
const SOURCE_LINES = /^# Source: ([^\r\n]+?)\r?$/gm;

function withLineEnd(text: string): string {
  if (text === '' || text.endsWith('\n')) return text;
  return text + (text.includes('\r\n') ? '\r\n' : '\n');
}

/** A file name as it may stand on one comment line. */
function cleanName(name: string): string {
  return name.replace(/[\r\n]+/g, ' ').trim() || 'untitled.yaml';
}

/**
 * One text for several files, in order. A single file is kept byte for byte (no marker), so
 * opening one file and downloading it gives back the same bytes.
 */
export function combineSources(files: readonly SourceFile[]): string {
  if (files.length === 1) return files[0]?.text ?? '';
  return files
    .map((file) => `# Source: ${cleanName(file.name)}\n${withLineEnd(file.text)}`)
    .join('---\n');
}

/** Appends files to an existing manifest, as further documents. */
export function appendSources(current: string, files: readonly SourceFile[]): string {
  if (current.trim() === '') return combineSources(files);
  const added = files
    .map((file) => `# Source: ${cleanName(file.name)}\n${withLineEnd(file.text)}`)
    .join('---\n');
  return `${withLineEnd(current)}---\n${added}`;
}

/** The file a document came from: the last `# Source:` line before where the document starts. */
export function sourceAt(text: string, offset: number): string | undefined {
  return sourcesAt(text, [offset])[0];
}

/** The file a document came from, read at its first content (after its own leading comments). */
export function sourceOfDocument(text: string, document: ManifestDocument): string | undefined {
  return sourcesOfDocuments(text, [document])[0];
}

/** The file each document came from, read at its first content (after its own leading comments). */
export function sourcesOfDocuments(
  text: string,
  documents: readonly ManifestDocument[],
): (string | undefined)[] {
  return sourcesAt(
    text,
    documents.map((document) => {
      // Read where the document was parsed, plus how far it moved: `document.yaml` would make
      // the YAML of every document after a keystroke (see lazy-document.ts).
      const { contents, shift } = unshiftedContents(document);
      const start = contents?.range?.[0];
      return start === undefined ? document.range[1] : start + shift;
    }),
  );
}

/**
 * The file in force at each of `offsets` (ascending): the last `# Source:` line before it. One
 * pass over the text for all of them; one scan per document made large manifests quadratic.
 */
function sourcesAt(text: string, offsets: readonly number[]): (string | undefined)[] {
  const marks = [...text.matchAll(SOURCE_LINES)];
  let next = 0;
  let current: string | undefined;
  return offsets.map((at) => {
    while (next < marks.length && (marks[next]?.index ?? Infinity) < at) {
      current = marks[next]?.[1];
      next++;
    }
    return current;
  });
}
