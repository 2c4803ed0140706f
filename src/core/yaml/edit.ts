import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { insertionIndex } from './key-order';
import { findPair, keyOf, walk, type Step } from './walk';
import { parseManifest } from './parse';
import { applyDocumentEdit, isDocumentCommand } from './documents';
import {
  isInlineValue,
  isScalarValue,
  renderBlock,
  renderFlow,
  renderScalar,
  type BlockStyle,
} from './render';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/**
 * A typed change to the manifest text. Every edit (form, diagram, quick fix) is one or more of
 * these; `applyEdits` changes only the text where the edited value lives.
 */
export type EditCommand =
  /** Set the value at `path`, creating missing maps on the way; `undefined` deletes it. */
  | { type: 'set'; doc: number; path: Path; value: unknown }
  /** Remove a map entry or a sequence item. */
  | { type: 'delete'; doc: number; path: Path }
  /** Add an item at the end of the sequence at `path`, creating the sequence if missing. */
  | { type: 'append'; doc: number; path: Path; value: unknown }
  /** Rename the key `from` of the map at `path` to `to`, keeping its value and position. */
  | { type: 'renameKey'; doc: number; path: Path; from: string; to: string }
  /** Add `value` as a new document after document `after` (default: at the end), with `---`. */
  | { type: 'addDocument'; value: unknown; after?: number }
  /** Remove a whole document and its separator; the other documents keep their text. */
  | { type: 'removeDocument'; doc: number };

export type EditFailure =
  'syntax-error' | 'no-document' | 'no-such-path' | 'not-a-collection' | 'key-exists' | 'empty-key';

export type EditResult = { ok: true; text: string } | { ok: false; reason: EditFailure };

type Collection = YAMLMap | YAMLSeq;
type Parsed = Document.Parsed;

// ---------------------------------------------------------------- text helpers

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The offset just after the line end that follows `offset` (or the end of the text). */
function afterLineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** `end` moved back over line ends, so that a replacement keeps the line structure. */
function trimLineEnds(text: string, start: number, end: number): number {
  let result = end;
  while (result > start && (text[result - 1] === '\n' || text[result - 1] === '\r')) result--;
  return result;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function isFirstOnLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** The end of a map entry or sequence item, including its trailing comment and line end. */
function nodeEnd(text: string, node: Node | null, fallback: number): number {
  const end = node?.range ? node.range[1] : fallback;
  return afterLineEnd(text, end);
}

function pairEnd(text: string, pair: Pair): number {
  const key = pair.key as Node | null;
  return nodeEnd(text, pair.value as Node | null, key?.range?.[1] ?? 0);
}

/** Reads how this document indents, so that inserted lines look like their neighbours. */
function blockStyleOf(text: string, doc: Parsed): BlockStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let indent = 0;
  let indentSeq: boolean | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64 || (indent > 0 && indentSeq !== undefined)) return;
    if (!isMap(node) || node.flow === true) return;
    const first = node.items[0]?.key as Node | undefined;
    const parentColumn = first?.range ? columnOf(text, first.range[0]) : 0;
    for (const pair of node.items) {
      const value = pair.value as Node | null;
      if (!value?.range) continue;
      if (isMap(value) && value.flow !== true && indent === 0) {
        const childKey = value.items[0]?.key as Node | undefined;
        if (childKey?.range) indent = columnOf(text, childKey.range[0]) - parentColumn;
      }
      if (isSeq(value) && value.flow !== true && indentSeq === undefined) {
        const firstItem = value.items[0] as Node | undefined;
        if (firstItem?.range) indentSeq = columnOf(text, firstItem.range[0]) - 2 > parentColumn;
      }
      visit(value, depth + 1);
      if (isSeq(value)) for (const item of value.items) visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return { indent: indent > 0 ? indent : 2, indentSeq: indentSeq ?? true, eol };
}

// ---------------------------------------------------------------- building values

/** The value to write when a path continues below an existing node: `{a: {b: value}}`. */
function nest(rest: Path, value: unknown): unknown {
  let result = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const segment = rest[i];
    result = typeof segment === 'number' ? [result] : { [segment as string]: result };
  }
  return result;
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** The offset just after the `:` that ends a block map key. */
function afterColon(text: string, pair: Pair): number {
  const key = pair.key as Node | null;
  const keyEnd = key?.range?.[1] ?? 0;
  const colon = text.indexOf(':', keyEnd);
  return colon === -1 ? keyEnd : colon + 1;
}

function dashColumn(text: string, seq: YAMLSeq): number {
  const first = seq.items[0] as Node | undefined;
  const start = first?.range?.[0] ?? seq.range?.[0] ?? 0;
  const dash = text.lastIndexOf('-', start);
  return dash === -1 ? 0 : columnOf(text, dash);
}

/** A block value that follows `- `: its first line joins the dash, the rest are indented. */
function renderAfterDash(value: unknown, column: number, style: BlockStyle): string {
  if (isInlineValue(value)) return renderFlow(value);
  return renderBlock(value, ' '.repeat(column), style).slice(column);
}

/** Replaces the node a step reached with `value`, written to fit where it stands. */
function replaceNode(text: string, step: Step, value: unknown, style: BlockStyle): Edit {
  const { node, parent, pair } = step;
  const range = node?.range;
  const inFlow = parent !== null && parent.flow === true;
  if (inFlow || isInlineValue(value)) {
    // Written in place: a scalar keeps its quoting, a collection becomes flow style.
    const insert =
      isScalarValue(value) && isScalar(node) ? renderScalar(value, node.type) : renderFlow(value);
    if (isMap(parent) && pair && !inFlow) {
      const start = afterColon(text, pair);
      const end = range ? trimLineEnds(text, start, range[1]) : start;
      return { start, end: Math.max(end, start), insert: ' ' + insert };
    }
    if (range) {
      const start = range[0];
      const end = trimLineEnds(text, start, range[1]);
      const needsSpace = start === end && !/\s/.test(text[start - 1] ?? ' ');
      return { start, end, insert: (needsSpace ? ' ' : '') + insert };
    }
  }
  if (isMap(parent) && pair) {
    const key = pair.key as Node | null;
    const keyColumn = key?.range ? columnOf(text, key.range[0]) : 0;
    const childColumn =
      Array.isArray(value) && !style.indentSeq ? keyColumn : keyColumn + style.indent;
    const start = afterColon(text, pair);
    const end = range ? trimLineEnds(text, start, range[1]) : start;
    return {
      start,
      end: Math.max(start, end),
      insert: style.eol + renderBlock(value, ' '.repeat(childColumn), style),
    };
  }
  if (isSeq(parent) && range) {
    const column = dashColumn(text, parent) + 2;
    const end = trimLineEnds(text, range[0], range[1]);
    return { start: range[0], end, insert: renderAfterDash(value, column, style) };
  }
  const start = range?.[0] ?? 0;
  const end = range ? trimLineEnds(text, start, range[1]) : start;
  return { start, end, insert: renderBlock(value, '', style) };
}

/**
 * The quoting the map's string values share, so that a new annotation is written like its
 * neighbours (`"GRPC"` beside `"true"`); undefined when they are mixed or plain.
 */
function siblingQuoting(map: YAMLMap): string | undefined {
  const types = map.items.flatMap((pair) =>
    isScalar(pair.value) && typeof pair.value.value === 'string' ? [pair.value.type] : [],
  );
  const first = types[0];
  return first !== undefined && types.every((type) => type === first) ? first : undefined;
}

/** Adds `key: value` to a block map, in its conventional place among the existing keys. */
function insertPair(
  text: string,
  map: YAMLMap,
  key: string,
  value: unknown,
  style: BlockStyle,
): Edit {
  const firstKey = map.items[0]?.key as Node | undefined;
  const column = firstKey?.range ? columnOf(text, firstKey.range[0]) : 0;
  const keys = map.items.map(keyOf);
  let index = insertionIndex(keys, key);
  // The first key of a map inside a sequence item shares the dash's line: never insert above it.
  if (index === 0 && firstKey?.range && !isFirstOnLine(text, firstKey.range[0])) index = 1;
  const pad = ' '.repeat(column);
  const head = pad + renderScalar(key) + ':';
  let line: string;
  if (typeof value === 'string') line = head + ' ' + renderScalar(value, siblingQuoting(map));
  else if (isInlineValue(value)) line = head + ' ' + renderFlow(value);
  else {
    const childColumn = Array.isArray(value) && !style.indentSeq ? column : column + style.indent;
    line = head + style.eol + renderBlock(value, ' '.repeat(childColumn), style);
  }
  const before = map.items[index];
  const beforeKey = before?.key as Node | undefined;
  if (beforeKey?.range) {
    const at = lineStart(text, beforeKey.range[0]);
    return { start: at, end: at, insert: line + style.eol };
  }
  const last = map.items[map.items.length - 1];
  const at = last ? pairEnd(text, last) : (map.range?.[1] ?? text.length);
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return { start: at, end: at, insert: (needsBreak ? style.eol : '') + line + style.eol };
}

/** Adds an item at the end of a block sequence. */
function appendItem(text: string, seq: YAMLSeq, value: unknown, style: BlockStyle): Edit {
  const column = dashColumn(text, seq);
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const at = nodeEnd(text, last ?? null, seq.range?.[1] ?? text.length);
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  const line = ' '.repeat(column) + '- ' + renderAfterDash(value, column + 2, style);
  return { start: at, end: at, insert: (needsBreak ? style.eol : '') + line + style.eol };
}

/** Where a flow collection's item stands in the text, from its first to its last character. */
function flowItemSpan(item: unknown): [number, number] {
  if (isPair(item)) {
    const key = item.key as Node | null;
    const value = item.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    return [start, value?.range?.[1] ?? key?.range?.[1] ?? start];
  }
  const range = (item as Node).range ?? [0, 0, 0];
  return [range[0], range[1]];
}

/** Adds `, entry` after the last item of a non-empty flow collection, touching nothing else. */
function flowInsert(node: Collection, entry: string): Edit {
  const at = flowItemSpan(node.items[node.items.length - 1])[1];
  return { start: at, end: at, insert: ', ' + entry };
}

/** Removes one item of a flow collection with the comma that joins it to its neighbour. */
function flowRemove(node: Collection, index: number): Edit {
  if (node.items.length === 1) {
    const range = node.range ?? [0, 0, 0];
    return { start: range[0], end: range[1], insert: isMap(node) ? '{}' : '[]' };
  }
  const [start, end] = flowItemSpan(node.items[index]);
  if (index < node.items.length - 1) {
    return { start, end: flowItemSpan(node.items[index + 1])[0], insert: '' };
  }
  return { start: flowItemSpan(node.items[index - 1])[1], end, insert: '' };
}

// ---------------------------------------------------------------- the commands

function setAt(
  text: string,
  doc: Parsed,
  path: Path,
  value: unknown,
  style: BlockStyle,
): Edit | EditFailure {
  if (value === undefined) return deleteAt(text, doc, path, style);
  const steps = walk(doc, path);
  const reached = steps.length - 1;
  const last = steps[reached] as Step;
  if (reached === path.length) return replaceNode(text, last, value, style);
  const rest = path.slice(reached);
  const next = rest[0] as PathSegment;
  const node = last.node;
  if (isMap(node) && typeof next === 'string') {
    const nested = nest(rest.slice(1), value);
    if (node.items.length === 0) return replaceNode(text, last, { [next]: nested }, style);
    if (node.flow === true) return flowInsert(node, `${renderScalar(next)}: ${renderFlow(nested)}`);
    return insertPair(text, node, next, nested, style);
  }
  if (isSeq(node) && typeof next === 'number') {
    if (next !== node.items.length) return 'no-such-path';
    const nested = nest(rest.slice(1), value);
    if (node.items.length === 0) return replaceNode(text, last, [nested], style);
    if (node.flow === true) return flowInsert(node, renderFlow(nested));
    return appendItem(text, node, nested, style);
  }
  if (typeof next === 'number' && next !== 0) return 'no-such-path';
  // A missing, null or scalar value where a collection is needed: write the whole branch.
  return replaceNode(text, last, nest(rest, value), style);
}

function deleteAt(text: string, doc: Parsed, path: Path, style: BlockStyle): Edit | EditFailure {
  const steps = walk(doc, path);
  if (steps.length - 1 !== path.length || path.length === 0) return 'no-such-path';
  const step = steps[steps.length - 1] as Step;
  const parentStep = steps[steps.length - 2] as Step;
  const parent = step.parent;
  if (parent === null) return 'no-such-path';
  if (parent.flow === true) {
    const index =
      isMap(parent) && step.pair
        ? parent.items.indexOf(step.pair)
        : (path[path.length - 1] as number);
    return flowRemove(parent, index);
  }
  if (parent.items.length === 1) {
    // The last entry goes: the collection stays, written as `{}` or `[]`.
    return replaceNode(text, parentStep, isMap(parent) ? {} : [], style);
  }
  if (isMap(parent) && step.pair) {
    const key = step.pair.key as Node | null;
    const keyStart = key?.range?.[0] ?? 0;
    const end = pairEnd(text, step.pair);
    if (!isFirstOnLine(text, keyStart)) {
      // The first key of a map in a sequence item (`- name: x`): the next key moves up.
      const next = parent.items[1]?.key as Node | undefined;
      const nextStart = next?.range?.[0] ?? end;
      return { start: keyStart, end: nextStart, insert: '' };
    }
    return { start: lineStart(text, keyStart), end, insert: '' };
  }
  const range = step.node?.range;
  if (!range) return 'no-such-path';
  return { start: lineStart(text, range[0]), end: nodeEnd(text, step.node, range[1]), insert: '' };
}

function appendAt(
  text: string,
  doc: Parsed,
  path: Path,
  value: unknown,
  style: BlockStyle,
): Edit | EditFailure {
  const steps = walk(doc, path);
  const last = steps[steps.length - 1] as Step;
  if (steps.length - 1 < path.length) return setAt(text, doc, path, [value], style);
  const node = last.node;
  if (isSeq(node)) {
    if (node.items.length === 0) return replaceNode(text, last, [value], style);
    if (node.flow === true) return flowInsert(node, renderFlow(value));
    return appendItem(text, node, value, style);
  }
  if (node === null || (isScalar(node) && node.value === null)) {
    return replaceNode(text, last, [value], style);
  }
  return 'not-a-collection';
}

function renameAt(
  text: string,
  doc: Parsed,
  path: Path,
  from: string,
  to: string,
): Edit | EditFailure {
  if (to.length === 0) return 'empty-key';
  const steps = walk(doc, path);
  const node = steps[steps.length - 1]?.node ?? null;
  if (steps.length - 1 !== path.length || !isMap(node)) return 'no-such-path';
  if (from === to) return { start: 0, end: 0, insert: '' };
  if (findPair(node, to)) return 'key-exists';
  const pair = findPair(node, from);
  const key = pair?.key as Node | undefined;
  if (!key?.range) return 'no-such-path';
  const type = isScalar(key) ? key.type : undefined;
  return { start: key.range[0], end: key.range[1], insert: renderScalar(to, type) };
}

/** Applies one command to the text. The text must parse; nothing outside the edit changes. */
export function applyEdit(text: string, command: EditCommand): EditResult {
  const manifest = parseManifest(text);
  if (manifest.syntaxErrors.length > 0) return { ok: false, reason: 'syntax-error' };
  if (isDocumentCommand(command)) {
    return applyDocumentEdit(manifest, command, (yamlDoc) => blockStyleOf(text, yamlDoc));
  }
  const doc = manifest.documents[command.doc]?.yaml;
  if (!doc) return { ok: false, reason: 'no-document' };
  const style = blockStyleOf(text, doc);
  let edit: Edit | EditFailure;
  switch (command.type) {
    case 'set':
      edit = setAt(text, doc, command.path, command.value, style);
      break;
    case 'delete':
      edit = deleteAt(text, doc, command.path, style);
      break;
    case 'append':
      edit = appendAt(text, doc, command.path, command.value, style);
      break;
    case 'renameKey':
      edit = renameAt(text, doc, command.path, command.from, command.to);
      break;
  }
  if (typeof edit === 'string') return { ok: false, reason: edit };
  return { ok: true, text: splice(text, edit.start, edit.end, edit.insert) };
}

/** Applies commands in order; all of them or none (the first failure is returned). */
export function applyEdits(text: string, commands: readonly EditCommand[]): EditResult {
  let current = text;
  for (const command of commands) {
    const result = applyEdit(current, command);
    if (!result.ok) return result;
    current = result.text;
  }
  return { ok: true, text: current };
}
