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

const SOURCE_LINE = /^# Source: (.+)$/;

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
  const before = text.slice(0, offset).split(/\r?\n/);
  for (let i = before.length - 1; i >= 0; i--) {
    const match = SOURCE_LINE.exec(before[i] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

/** The file a document came from, read at its first content (after its own leading comments). */
export function sourceOfDocument(text: string, document: ManifestDocument): string | undefined {
  const contents = document.yaml.contents;
  return sourceAt(text, contents?.range[0] ?? document.range[1]);
}

/**
 * The file each document came from, like `sourceOfDocument` for every document at once: one
 * pass over the text instead of one per document, which made large manifests quadratic.
 */
export function sourcesOfDocuments(
  text: string,
  documents: readonly ManifestDocument[],
): (string | undefined)[] {
  const marks = [...text.matchAll(/^# Source: ([^\r\n]+?)\r?$/gm)];
  let next = 0;
  let current: string | undefined;
  return documents.map((document) => {
    const at = document.yaml.contents?.range[0] ?? document.range[1];
    while (next < marks.length && (marks[next]?.index ?? Infinity) < at) {
      current = marks[next]?.[1];
      next++;
    }
    return current;
  });
}
