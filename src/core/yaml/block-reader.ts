import {
  OutlineMap,
  OutlinePair,
  OutlineScalar,
  OutlineSeq,
  endOf,
  type OutlineNode,
} from './outline';

/**
 * A quick reader for the plain block YAML that tools generate (`helm template`, `kubectl get -o
 * yaml`): block maps and sequences of plain or simply quoted scalars, and one-line flow
 * sequences of them. The yaml library reads a 1 MB manifest in about half a second; this reads
 * the same about ten times faster, so that opening a big file is not mostly spent reading it.
 *
 * It gives, for one document, the plain value (what `toJS` gives) and an outline: the document's
 * maps, sequences, pairs and scalars (outline.ts), whose ranges' first two offsets are the yaml
 * library's (all `locate` reads). It is not a Document (no comments, no source tokens): the real
 * one is read when an edit needs it (see lazy-document.ts).
 *
 * It reads only what it is sure of, and says `undefined` for anything else, so that the yaml
 * library reads that document instead: comment or blank lines inside a document (where the yaml
 * library attaches them decides its ranges), flow maps other than `{}` and nested flow
 * collections, block scalars, anchors, aliases, tags, escapes, scalars over several lines, keys
 * that are not strings, duplicate keys, and any indentation it does not expect.
 */

export interface BlockDocument {
  object: Record<string, unknown> | unknown[];
  outline: OutlineMap | OutlineSeq;
  /**
   * The document's range: from its `---` (or its first content, for a first document without
   * one) to the end of its content.
   */
  range: readonly [number, number];
}

/** Thrown inside the reader when the text is not of the kind it reads; never escapes it. */
class NotBlock extends Error {}
const notBlock = new NotBlock();

/** A map entry's key: its node, its string and where its `:` is. */
interface Key {
  node: OutlineScalar;
  key: string;
  colon: number;
}

interface Read {
  node: OutlineNode;
  value: unknown;
}

/** Characters that may not start a plain scalar (YAML's indicators). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** What ends a plain scalar in a flow sequence. */
const FLOW_END = new Set(',]');
/** Octal, hexadecimal, infinity and NaN: rare in manifests, left to the yaml library. */
const OTHER_NUMBER = /^(?:0o|0x|[-+]?\.inf|[-+]?\.Inf|[-+]?\.INF|\.nan|\.NaN|\.NAN)/;
/** Characters that can start a scalar the core schema reads as something other than a string. */
const MAYBE_NOT_STRING = new Set('~nNtTfF0123456789+-.');

/** The value of a plain scalar, as the YAML 1.2 core schema (the yaml library's default) reads it. */
function plainValue(source: string): unknown {
  if (!MAYBE_NOT_STRING.has(source.charAt(0))) return source;
  if (NULL.test(source)) return null;
  if (TRUE.test(source)) return true;
  if (FALSE.test(source)) return false;
  if (INT.test(source)) return parseInt(source, 10);
  if (FLOAT.test(source) || FLOAT_EXP.test(source)) return parseFloat(source);
  if (OTHER_NUMBER.test(source)) throw notBlock;
  return source;
}

/** The lines of one document's content: where each starts, its indentation and its end. */
class Lines {
  readonly starts: number[] = [];
  readonly indents: number[] = [];
  /** The offset of the line's `\n`, or the end of the document's text. */
  readonly ends: number[] = [];
  /** Where the next line starts (after the `\n`). */
  readonly nexts: number[] = [];

  add(start: number, indent: number, end: number, next: number): void {
    this.starts.push(start);
    this.indents.push(indent);
    this.ends.push(end);
    this.nexts.push(next);
  }

  get length(): number {
    return this.starts.length;
  }
}

class Reader {
  /** The content line being read. */
  line = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
  ) {}

  private start(line: number): number {
    return (this.lines.starts[line] ?? 0) + (this.lines.indents[line] ?? 0);
  }

  private indent(line: number): number {
    return this.lines.indents[line] ?? -1;
  }

  private end(line: number): number {
    return this.lines.ends[line] ?? this.text.length;
  }

  private isDash(at: number, end: number): boolean {
    return (
      this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32)
    );
  }

  /** The node that starts on the current line at its indentation. */
  node(): Read {
    const at = this.start(this.line);
    const end = this.end(this.line);
    if (this.isDash(at, end)) return this.sequence(this.indent(this.line));
    const key = this.keyAt(at, end);
    if (!key) throw notBlock;
    return this.map(this.indent(this.line), key);
  }

  /** A block sequence whose `-` are at `column`. */
  private sequence(column: number): Read {
    const seq = new OutlineSeq();
    const values: unknown[] = [];
    const firstDash = this.start(this.line);
    for (;;) {
      const line = this.line;
      const end = this.end(line);
      const dash = this.start(line);
      let at = dash + 1;
      while (this.text.charCodeAt(at) === 32) at++;
      // An item on the lines below its `-`, a comment after it, or `- - x`: not read here.
      if (at === end || at === dash + 1 || this.text.charCodeAt(at) === 35 || this.isDash(at, end))
        throw notBlock;
      const key = this.keyAt(at, end);
      const item = key
        ? this.map(at - (this.lines.starts[line] ?? 0), key)
        : this.inlineScalar(at, column);
      seq.items.push(item.node);
      values.push(item.value);
      const next = this.line;
      if (next >= this.lines.length || this.indent(next) < column) break;
      if (this.indent(next) > column) throw notBlock;
      // A line at the same column that is not an item ends the sequence: the next entry of the
      // map it is the value of (`key:` then `- item` at the key's column); the map checks it.
      if (!this.isDash(this.start(next), this.end(next))) break;
    }
    const last = seq.items[seq.items.length - 1] as OutlineNode;
    const end = endOf(last);
    seq.range = [firstDash, end, end];
    return { node: seq, value: values };
  }

  /**
   * The key of a map entry at `at`: its node, its string and where its `:` is; undefined when
   * the line has no `key: ` there.
   */
  private keyAt(at: number, end: number): Key | undefined {
    const text = this.text;
    const first = text.charAt(at);
    if (first === '"' || first === "'") {
      const quoted = this.quoted(at, end);
      if (!quoted || text.charCodeAt(quoted.end) !== 58) return undefined;
      const colon = quoted.end;
      if (colon + 1 !== end && text.charCodeAt(colon + 1) !== 32) return undefined;
      return {
        node: new OutlineScalar(quoted.value, at, colon, colon),
        key: quoted.value,
        colon,
      };
    }
    if (INDICATORS.has(first)) return undefined;
    // Searched within the line only: `indexOf` would run on to the end of a 1 MB text.
    let colon = at;
    while (
      colon < end &&
      !(text.charCodeAt(colon) === 58 && (colon + 1 === end || text.charCodeAt(colon + 1) === 32))
    )
      colon++;
    if (colon === end) return undefined;
    const key = text.slice(at, colon);
    if (key.endsWith(' ') || key.includes(' #') || plainValue(key) !== key) throw notBlock;
    return { node: new OutlineScalar(key, at, colon, colon), key, colon };
  }

  /** A quoted scalar at `at` that closes on its line, without escapes. */
  private quoted(at: number, end: number): { value: string; end: number } | undefined {
    const text = this.text;
    if (text.charCodeAt(at) === 34) {
      let close = at + 1;
      while (close < end && text.charCodeAt(close) !== 34) close++;
      if (close === end) return undefined;
      const value = text.slice(at + 1, close);
      if (value.includes('\\')) throw notBlock;
      return { value, end: close + 1 };
    }
    let close = at + 1;
    for (;;) {
      while (close < end && text.charCodeAt(close) !== 39) close++;
      if (close === end) return undefined;
      if (text.charCodeAt(close + 1) !== 39) {
        return { value: text.slice(at + 1, close).replace(/''/g, "'"), end: close + 1 };
      }
      close += 2;
    }
  }

  /** A block map whose keys are at `column`; `first` is its first key, on the current line. */
  private map(column: number, first: Key): Read {
    const map = new OutlineMap();
    const object: Record<string, unknown> = {};
    let key = first;
    for (;;) {
      const end = this.end(this.line);
      if (Object.hasOwn(object, key.key) || key.key === '__proto__' || key.key === '<<')
        throw notBlock;
      const value =
        key.colon + 1 === end
          ? this.blockValue(column, key.colon + 1)
          : this.inline(key.colon + 1, end, column);
      map.items.push(new OutlinePair(key.node, value.node));
      object[key.key] = value.value;
      const next = this.line;
      if (next >= this.lines.length || this.indent(next) < column) break;
      const at = this.start(next);
      const nextKey = this.indent(next) === column ? this.keyAt(at, this.end(next)) : undefined;
      if (!nextKey) throw notBlock;
      key = nextKey;
    }
    const firstKey = (map.items[0] as OutlinePair).key;
    const end = endOf((map.items[map.items.length - 1] as OutlinePair).value);
    map.range = [firstKey.start, end, end];
    return { node: map, value: object };
  }

  /** The value after `key: ` on the same line. */
  private inline(afterColon: number, end: number, column: number): Read {
    let at = afterColon + 1;
    while (this.text.charCodeAt(at) === 32) at++;
    // Spaces or a comment after the colon: where the yaml library puts the empty value or the
    // block below is not sure.
    if (at === end || this.text.charCodeAt(at) === 35) throw notBlock;
    return this.inlineScalar(at, column);
  }

  /** The value of a key with nothing after its colon: the block below it, or null. */
  private blockValue(column: number, afterColon: number): Read {
    const next = this.line + 1;
    if (next < this.lines.length) {
      const indent = this.indent(next);
      const at = this.start(next);
      if (indent > column || (indent === column && this.isDash(at, this.end(next)))) {
        this.line = next;
        return this.nested(indent);
      }
    }
    this.line = next;
    return { node: new OutlineScalar(null, afterColon, afterColon, afterColon), value: null };
  }

  /** A collection that starts at the current line's indentation. */
  private nested(column: number): Read {
    const line = this.line;
    const at = this.start(line);
    if (this.isDash(at, this.end(line))) return this.sequence(column);
    const key = this.keyAt(at, this.end(line));
    if (!key) throw notBlock;
    return this.map(column, key);
  }

  /**
   * A scalar (or `[]`, `{}`) at `at` that is all the rest of its line; the next line must not
   * be indented deeper than `column` (that would continue it over several lines).
   */
  private inlineScalar(at: number, column: number): Read {
    const line = this.line;
    const end = this.end(line);
    const lineEnd = this.lines.nexts[line] ?? end;
    const text = this.text;
    const first = text.charAt(at);
    let read: Read;
    let valueEnd: number;
    if (first === '"' || first === "'") {
      const quoted = this.quotedScalar(at, end, lineEnd);
      valueEnd = quoted.end;
      read = quoted;
      this.restIsComment(valueEnd, end);
    } else if (first === '[') {
      const flow = this.flowSequence(at, end);
      valueEnd = flow.end;
      this.restIsComment(valueEnd, end);
      flow.seq.range = [at, valueEnd, lineEnd];
      read = { node: flow.seq, value: flow.values };
    } else if (first === '{') {
      if (text.charCodeAt(at + 1) !== 125) throw notBlock;
      valueEnd = at + 2;
      this.restIsComment(valueEnd, end);
      const node = new OutlineMap(true);
      node.range = [at, valueEnd, lineEnd];
      read = { node, value: {} };
    } else {
      // `-` starts a plain scalar when a character other than a space follows (`-1`).
      const dashFirst = first === '-' && at + 1 < end && text.charCodeAt(at + 1) !== 32;
      if (INDICATORS.has(first) && !dashFirst) throw notBlock;
      valueEnd = at;
      while (
        valueEnd < end &&
        !(text.charCodeAt(valueEnd) === 35 && text.charCodeAt(valueEnd - 1) === 32)
      )
        valueEnd++;
      while (text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
      const source = text.slice(at, valueEnd);
      if (source.includes(': ') || source.endsWith(':')) throw notBlock;
      const value = plainValue(source);
      read = { node: new OutlineScalar(value, at, valueEnd, lineEnd), value };
    }
    const next = line + 1;
    if (next < this.lines.length && this.indent(next) > column) throw notBlock;
    this.line = next;
    return read;
  }

  /**
   * A flow sequence of scalars that closes on its line (`args: ["--port", "9000"]`); nested flow
   * collections are not read here.
   */
  private flowSequence(
    open: number,
    end: number,
  ): { seq: OutlineSeq; values: unknown[]; end: number } {
    const text = this.text;
    const seq = new OutlineSeq(true);
    const values: unknown[] = [];
    let at = open + 1;
    for (;;) {
      while (text.charCodeAt(at) === 32) at++;
      if (at >= end) throw notBlock;
      if (text.charCodeAt(at) === 93) return { seq, values, end: at + 1 };
      const first = text.charAt(at);
      let itemEnd: number;
      let item: OutlineScalar;
      if (first === '"' || first === "'") {
        const quoted = this.quotedScalar(at, end);
        itemEnd = quoted.end;
        item = quoted.node;
        values.push(quoted.value);
      } else {
        if (INDICATORS.has(first)) throw notBlock;
        itemEnd = at;
        while (itemEnd < end && !FLOW_END.has(text.charAt(itemEnd))) itemEnd++;
        while (text.charCodeAt(itemEnd - 1) === 32) itemEnd--;
        const source = text.slice(at, itemEnd);
        if (/[:#{}[]/.test(source)) throw notBlock;
        const value = plainValue(source);
        item = new OutlineScalar(value, at, itemEnd, itemEnd);
        values.push(value);
      }
      let next = itemEnd;
      while (text.charCodeAt(next) === 32) next++;
      item.nodeEnd = next;
      seq.items.push(item);
      if (text.charCodeAt(next) === 44) at = next + 1;
      else if (text.charCodeAt(next) === 93) return { seq, values, end: next + 1 };
      else throw notBlock;
    }
  }

  /** A quoted scalar at `at` as a node that ends at `nodeEnd` (by default where it closes). */
  private quotedScalar(
    at: number,
    end: number,
    nodeEnd?: number,
  ): { node: OutlineScalar; value: string; end: number } {
    const quoted = this.quoted(at, end);
    if (!quoted) throw notBlock;
    const node = new OutlineScalar(quoted.value, at, quoted.end, nodeEnd ?? quoted.end);
    return { node, value: quoted.value, end: quoted.end };
  }

  /** After a quoted scalar or `[]`: only spaces, or spaces and a comment. */
  private restIsComment(from: number, end: number): void {
    let at = from;
    while (this.text.charCodeAt(at) === 32) at++;
    if (at === end) return;
    if (at === from || this.text.charCodeAt(at) !== 35) throw notBlock;
  }
}

const MARKER = /^---(?: *)$/;

/**
 * Reads the document in `text` from `start` to `end` (its segment: from its `---`, or from the
 * start of the text for the first document, to the next `---`). Undefined when the document is
 * not plain block YAML of the kind described above; the caller then reads it with the yaml
 * library. The text must have no tabs, carriage returns or other control characters.
 */
export function readBlockDocument(
  text: string,
  start: number,
  end: number,
): BlockDocument | undefined {
  const lines = new Lines();
  let docStart: number | undefined;
  let at = start;
  let trailingBlank = false;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const next = lineEnd === end ? end : lineEnd + 1;
    let content = at;
    while (content < lineEnd && text.charCodeAt(content) === 32) content++;
    // The marker may follow comments when it is the text's first (they are the document's).
    if (docStart === undefined && lines.length === 0 && text.startsWith('---', at)) {
      if (!MARKER.test(text.slice(at, lineEnd))) return undefined;
      docStart = at;
    } else if (content === lineEnd) {
      if (lines.length > 0) trailingBlank = true;
    } else if (text.charCodeAt(content) === 35) {
      if (lines.length > 0) return undefined;
    } else {
      if (trailingBlank) return undefined;
      lines.add(at, content - at, lineEnd, next);
    }
    at = next;
  }
  if (lines.length === 0) return undefined;
  const reader = new Reader(text, lines);
  try {
    const root = reader.node();
    if (reader.line !== lines.length) return undefined;
    const outline = root.node as OutlineMap | OutlineSeq;
    const range = outline.range;
    return {
      object: root.value as Record<string, unknown> | unknown[],
      outline,
      range: [docStart ?? range[0], range[2]],
    };
  } catch (error) {
    if (error === notBlock || error instanceof RangeError) return undefined;
    throw error;
  }
}
