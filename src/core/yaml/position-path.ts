/**
 * Where in the manifest a text position is, as a path of keys and sequence indexes: for hover
 * (`pathAt`, on text that parses) and for completion (`completionContext`, on half-written text
 * that often does not parse, so it reads indentation instead of a parse tree).
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Path } from './edit';

export interface PathAt {
  /** Index of the document (between `---` separators). */
  doc: number;
  /** Path of the deepest node at the offset, from the document root. */
  path: Path;
  /** Whether the offset is on a map key (the path then ends with that key). */
  onKey: boolean;
  /** Offsets of the key or value the offset is on. */
  range: readonly [number, number];
  apiVersion: string | undefined;
  kind: string | undefined;
}

/**
 * Whether `offset` is in a node's range. A scalar's end counts (a cursor right after a word is on
 * it); a collection's does not, because it is where the next key of the parent starts.
 */
function within(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  if (!range) return false;
  const collection = isMap(node) || isSeq(node);
  return range[0] <= offset && (collection ? offset < range[1] : offset <= range[1]);
}

function stringAt(doc: Document.Parsed, key: string): string | undefined {
  const value: unknown = isMap(doc.contents) ? doc.contents.get(key) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Descends from `node` to the deepest key or value whose range holds `offset`. */
function descend(
  node: Node,
  offset: number,
  path: Path,
): { path: Path; onKey: boolean; range: [number, number] } {
  const range: [number, number] = [node.range?.[0] ?? offset, node.range?.[1] ?? offset];
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) continue;
      const name = String(key.value);
      const keyRange = key.range;
      if (keyRange && within(key, offset)) {
        return { path: [...path, name], onKey: true, range: [keyRange[0], keyRange[1]] };
      }
      const value = pair.value as Node | null;
      if (value && within(value, offset)) return descend(value, offset, [...path, name]);
      // Between the key and its value (on `: `): the pair itself.
      const valueStart = value?.range?.[0] ?? keyRange?.[1];
      if (keyRange && valueStart !== undefined && keyRange[1] <= offset && offset < valueStart) {
        return { path: [...path, name], onKey: false, range: [keyRange[0], keyRange[1]] };
      }
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const child = item as Node | null;
      if (child && within(child, offset)) return descend(child, offset, [...path, index]);
    }
  }
  return { path, onKey: false, range };
}

/** The deepest node at a text offset, or null when the offset is in no document's content. */
export function pathAt(text: string, offset: number): PathAt | null {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return null;
  for (const [index, doc] of docs.entries()) {
    if (offset < doc.range[0] || offset > doc.range[2]) continue;
    const contents = doc.contents as Node | null;
    if (!contents || !within(contents, offset)) continue;
    return {
      doc: index,
      ...descend(contents, offset, []),
      apiVersion: stringAt(doc, 'apiVersion'),
      kind: stringAt(doc, 'kind'),
    };
  }
  return null;
}

// --- Completion on half-written text: indentation, not a parse tree. ---

export interface CompletionContext {
  doc: number;
  /** Path of the map in which a key is being typed. */
  path: Path;
  /** Keys that map already has (on other lines), which completion should not offer again. */
  present: string[];
  /** 0-based column where the key starts. */
  keyColumn: number;
  /** What has been typed of the key, up to the cursor. */
  prefix: string;
}

/** One structural mark on a line: a `key:` or a `- ` sequence item, at its 0-based column. */
interface Entry {
  col: number;
  type: 'key' | 'item';
  name?: string;
}

const SEPARATOR = /^---(\s|$)/;
const DOCUMENT_END = /^\.\.\.(\s|$)/;
// A block key: plain (not starting with an indicator), single- or double-quoted, then `:`.
const KEY =
  /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#{}[\],&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(#.*)?$/;
const KEY_PREFIX = /^(?:[A-Za-z0-9_./][A-Za-z0-9_./-]*)?$/;

function splitLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replaceAll("''", "'");
  return key;
}

/**
 * The document index of every line (-1 for `---` and `...` lines), following the yaml library:
 * a `---` starts a new document only when the current one already has content or its own `---`.
 */
function documentOfLines(lines: readonly string[]): number[] {
  const result: number[] = [];
  let index = 0;
  let started = false;
  let ended = false;
  for (const line of lines) {
    if (SEPARATOR.test(line)) {
      if (started || ended) index++;
      started = true;
      ended = false;
      result.push(-1);
      continue;
    }
    if (DOCUMENT_END.test(line)) {
      ended = started;
      result.push(-1);
      continue;
    }
    const blank = line.trim() === '' || line.trimStart().startsWith('#');
    if (!blank && !(line.startsWith('%') && !started)) {
      if (ended) index++;
      started = true;
      ended = false;
    }
    result.push(index);
  }
  return result;
}

interface LineEntries {
  entries: Entry[];
  /** Column of the entry whose value is a block scalar (`|`, `>`) starting below, if any. */
  blockScalarAt?: number;
}

/** The keys and `- ` items of one line, left to right. */
function entriesOf(line: string): LineEntries {
  const entries: Entry[] = [];
  let pos = 0;
  while (line[pos] === ' ') pos++;
  while (pos < line.length && line[pos] !== '#') {
    if (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ')) {
      entries.push({ col: pos, type: 'item' });
      pos++;
      while (line[pos] === ' ') pos++;
      continue;
    }
    const rest = line.slice(pos);
    const match = KEY.exec(rest);
    if (match?.[1] !== undefined) {
      entries.push({ col: pos, type: 'key', name: unquote(match[1]) });
      const value = rest.slice(match[0].length).trim();
      if (BLOCK_SCALAR.test(value)) return { entries, blockScalarAt: pos };
    } else if (BLOCK_SCALAR.test(rest.trim())) {
      return { entries, blockScalarAt: entries.at(-1)?.col ?? -1 };
    }
    break;
  }
  return { entries };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Entries of `lines[from..to)` in order, skipping the content of block scalars. */
function entriesOfLines(lines: readonly string[], from: number, to: number): Entry[][] {
  const result: Entry[][] = [];
  let blockAt: number | undefined;
  for (let row = from; row < to; row++) {
    const line = lines[row] ?? '';
    if (blockAt !== undefined && (line.trim() === '' || indentOf(line) > blockAt)) {
      result.push([]);
      continue;
    }
    const { entries, blockScalarAt } = entriesOf(line);
    blockAt = blockScalarAt;
    result.push(entries);
  }
  return result;
}

/** `apiVersion` and `kind` of a document, read from its top-level lines (works on broken text). */
export function documentHeader(
  text: string,
  doc: number,
): { apiVersion: string | undefined; kind: string | undefined } {
  const lines = splitLines(text);
  const docs = documentOfLines(lines);
  const header: { apiVersion: string | undefined; kind: string | undefined } = {
    apiVersion: undefined,
    kind: undefined,
  };
  for (const [row, line] of lines.entries()) {
    if (docs[row] !== doc) continue;
    const match = /^(apiVersion|kind):[ \t]+("[^"]*"|'[^']*'|[^\s#]+)/.exec(line);
    if (match?.[1] === 'apiVersion' || match?.[1] === 'kind') {
      header[match[1]] = unquote(match[2] ?? '');
    }
  }
  return header;
}

/**
 * The map in which a new key is being typed at a 1-based line and column, or null when the
 * cursor is not where a key goes (in a value, a comment, a quoted string). Reads indentation:
 * upwards to the nearest line with smaller indentation that is a `key:` or a `- ` item.
 */
export function completionContext(
  text: string,
  line: number,
  column: number,
): CompletionContext | null {
  const lines = splitLines(text);
  const row = line - 1;
  const current = lines[row];
  if (current === undefined || column < 1) return null;
  const before = current.slice(0, column - 1);

  // `    - - name` → items at 4 and 6, the key at 8.
  const markers: Entry[] = [];
  let keyColumn = 0;
  while (before[keyColumn] === ' ') keyColumn++;
  while (before[keyColumn] === '-' && before[keyColumn + 1] === ' ') {
    markers.push({ col: keyColumn, type: 'item' });
    keyColumn++;
    while (before[keyColumn] === ' ') keyColumn++;
  }
  const prefix = before.slice(keyColumn);
  if (!KEY_PREFIX.test(prefix)) return null;

  const docs = documentOfLines(lines);
  const doc = docs[row] ?? -1;
  if (doc === -1) return null;
  let start = row;
  while (start > 0 && docs[start - 1] === doc) start--;
  let end = row + 1;
  while (end < lines.length && docs[end] === doc) end++;

  const above = [...entriesOfLines(lines, start, row).flat(), ...markers];
  const present = new Set<string>();
  const segments: (string | number)[] = [];
  let target: Entry = { col: keyColumn, type: 'key' };
  let count = 0;
  let siblings = true;
  for (let i = above.length - 1; i >= 0; i--) {
    const entry = above[i];
    if (entry === undefined || entry.col > target.col) continue;
    if (target.type === 'key') {
      if (entry.col === target.col) {
        if (siblings && entry.type === 'key' && entry.name !== undefined) present.add(entry.name);
        continue;
      }
    } else {
      if (entry.col === target.col && entry.type === 'item') {
        count++;
        continue;
      }
      // A smaller column, or a key at the same column (a sequence written without indentation).
      segments.push(count);
    }
    siblings = false;
    target = entry;
    count = 0;
    if (entry.type === 'key' && entry.name !== undefined) segments.push(entry.name);
  }
  if (target.type === 'item') segments.push(count);

  // Keys of the same map below the cursor, until the map ends.
  below: for (const entries of entriesOfLines(lines, row + 1, end)) {
    for (const entry of entries) {
      if (entry.col < keyColumn || (entry.col === keyColumn && entry.type === 'item')) break below;
      if (entry.col === keyColumn && entry.name !== undefined) present.add(entry.name);
    }
  }

  return { doc, path: segments.reverse(), present: [...present], keyColumn, prefix };
}
