/**
 * Edits of whole documents: adding an object as a new YAML document and removing one. A profile
 * switch replaces an Ingress by a Gateway and a GRPCRoute (and back), so it needs them; like
 * every other edit they leave the rest of the text byte-for-byte.
 *
 * A document's segment runs from its start to the next document's start. With
 * `parseAllDocuments`, a document after the first starts at its `---` marker, so its segment
 * holds its separator and its own leading comments; the first document's segment starts at 0,
 * so that removing it takes the comments written above it too (they are about it), and its
 * separator is the next document's marker.
 */
import type { Document } from 'yaml';
import type { EditCommand, EditResult } from './edit';
import type { ParsedManifest } from './parse';
import { renderBlock, type BlockStyle } from './render';

export type DocumentCommand = Extract<EditCommand, { type: 'addDocument' | 'removeDocument' }>;

export function isDocumentCommand(command: EditCommand): command is DocumentCommand {
  return command.type === 'addDocument' || command.type === 'removeDocument';
}

const MARKER = '---';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where document `index` starts, or the end of the text past the last document. */
function segmentStart(manifest: ParsedManifest, index: number): number {
  if (index === 0) return 0;
  const doc = manifest.documents[index];
  return doc ? doc.range[0] : manifest.text.length;
}

function addDocument(
  manifest: ParsedManifest,
  value: unknown,
  after: number | undefined,
  styleOf: (doc: Document.Parsed) => BlockStyle,
): EditResult {
  const { text, documents } = manifest;
  const index = after ?? documents.length - 1;
  const neighbour = documents[index];
  if (after !== undefined && !neighbour) return { ok: false, reason: 'no-document' };
  const eol = eolOf(text);
  // Written like its neighbour: same indentation, same way of indenting sequences.
  const style = neighbour ? styleOf(neighbour.yaml) : { indent: 2, indentSeq: true, eol };
  const body = renderBlock(value, '', { ...style, eol }) + eol;
  const at = index + 1 < documents.length ? segmentStart(manifest, index + 1) : text.length;
  const before = at > 0 && text[at - 1] !== '\n' ? eol : '';
  if (at === text.length) {
    // Comments alone make no document: the new one simply follows them.
    const separator = documents.length > 0 ? MARKER + eol : '';
    return { ok: true, text: text + before + separator + body };
  }
  // A document that follows `...` may start without a marker: give it one, or it would merge.
  const closing = text.startsWith(MARKER, at) ? '' : MARKER + eol;
  const insert = before + MARKER + eol + body + closing;
  return { ok: true, text: text.slice(0, at) + insert + text.slice(at) };
}

/** A `---` line with nothing else on it (a tag, a comment or content after it must stay). */
const BARE_MARKER = /^---[ \t]*\r?\n/;

function removeDocument(manifest: ParsedManifest, doc: number): EditResult {
  const { text, documents } = manifest;
  const removed = documents[doc];
  if (!removed) return { ok: false, reason: 'no-document' };
  const start = segmentStart(manifest, doc);
  let end = segmentStart(manifest, doc + 1);
  // A first document written without a marker is separated from the next by the next one's
  // marker: it goes too, so that the text keeps starting without one.
  if (doc === 0 && documents[1] && !text.startsWith(MARKER, removed.range[0])) {
    end += BARE_MARKER.exec(text.slice(end))?.[0].length ?? 0;
  }
  return { ok: true, text: text.slice(0, start) + text.slice(end) };
}

/**
 * Applies a document command to a manifest that parsed without errors. `styleOf` reads how a
 * document indents (edit.ts owns that reading), so that a new document looks like the others.
 */
export function applyDocumentEdit(
  manifest: ParsedManifest,
  command: DocumentCommand,
  styleOf: (doc: Document.Parsed) => BlockStyle,
): EditResult {
  return command.type === 'addDocument'
    ? addDocument(manifest, command.value, command.after, styleOf)
    : removeDocument(manifest, command.doc);
}
