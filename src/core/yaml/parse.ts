import { Composer, LineCounter, parseDocument, Parser, type Document } from 'yaml';
import { runSliced, type Slicer } from '../slices';
import { reparseChange } from './incremental';
import { readBlockDocument } from './block-reader';
import { asYamlNode } from './outline';
import { lazyDocument, moveRanges, readSegment } from './lazy-document';

/** A position in the manifest text, 1-based like every editor shows it. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A YAML syntax problem: the text could not be read as YAML at this place. */
export interface SyntaxProblem {
  message: string;
  /** Index of the document (between `---` separators) the problem is in. */
  docIndex: number;
  offset: number;
  start: TextPosition;
  end: TextPosition;
}

/** One document of a multi-document manifest. */
export interface ManifestDocument {
  index: number;
  /** The parsed document with source ranges; edits use its node ranges. */
  yaml: Document.Parsed;
  /** The plain value of the document (null for an empty document). */
  object: unknown;
  apiVersion: string | undefined;
  kind: string | undefined;
  name: string | undefined;
  namespace: string | undefined;
  /** Offsets of the document's content in the manifest text. */
  range: readonly [number, number];
  hasSyntaxErrors: boolean;
}

export interface ParsedManifest {
  text: string;
  documents: ManifestDocument[];
  syntaxErrors: SyntaxProblem[];
  lineCounter: LineCounter;
}

/**
 * How many alias expansions a document may make when it is turned into plain values. A
 * "billion laughs" document would otherwise expand exponentially (see DESIGN.md, principle 7).
 */
const MAX_ALIAS_COUNT = 100;

function stringField(value: unknown, key: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

/** The yaml library's message without its own position and source excerpt (we show those). */
function cleanMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}

export function positionAt(lineCounter: LineCounter, offset: number): TextPosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function toPlain(doc: Document.Parsed): { value: unknown; error?: string } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    return { value: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The last few texts read and their results. An edit reads the current text (to find where to
 * write) and then the new text is read for the rules; the next edit starts from that same text,
 * so each keystroke parses once instead of twice, and a keystroke inside one document re-reads
 * only that document (see incremental.ts), starting from the earlier text closest in length.
 * More than one is kept because the rules read other texts too (a quick fix that rewrites the
 * manifest reads its result). Results are never mutated, so sharing them is safe.
 */
const recent: ParsedManifest[] = [];
const RECENT_PARSES = 3;

/**
 * Reads manifest text into documents with source positions. It never throws: problems in the
 * text become `syntaxErrors`, and documents are kept even when another document is broken.
 */
export function parseManifest(text: string): ParsedManifest {
  const parsed = quickParse(text) ?? readManifest(text);
  remember(parsed);
  return parsed;
}

/** The parse of `text` when it is quick to have: read before, or one document re-read. */
function quickParse(text: string): ParsedManifest | undefined {
  return recentParse(text) ?? reparseClosest(text);
}

function recentParse(text: string): ParsedManifest | undefined {
  return recent.find((parsed) => parsed.text === text);
}

function remember(parsed: ParsedManifest): void {
  const at = recent.indexOf(parsed);
  if (at !== -1) recent.splice(at, 1);
  recent.unshift(parsed);
  recent.length = Math.min(recent.length, RECENT_PARSES);
}

function reparseClosest(text: string): ParsedManifest | undefined {
  let closest: ParsedManifest | undefined;
  for (const parsed of recent)
    if (
      !closest ||
      Math.abs(parsed.text.length - text.length) < Math.abs(closest.text.length - text.length)
    )
      closest = parsed;
  return closest && reparseChange(closest, text);
}

/**
 * The line starts of `text`: every newline. (The yaml library's own LineCounter skips the
 * newlines inside a plain scalar that goes on over several lines, so the positions after one
 * would be a line off.)
 */
export function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    counter.addNewLine(at + 1);
  return counter;
}

/** Reads the whole text, every document. */
export function readManifest(text: string): ParsedManifest {
  return runSliced(readingSteps(text));
}

/**
 * Reads the whole text like `readManifest`, pausing between documents whenever `slicer` says
 * the main thread has been busy long enough: reading a 1 MB manifest takes a few hundred ms,
 * which would freeze the page in one task. The result is remembered, so that `parseManifest`
 * of the same text afterwards returns it at once.
 */
export async function readManifestInSlices(text: string, slicer: Slicer): Promise<ParsedManifest> {
  // Only a text read before: re-reading "one document" of a text that changed everywhere could
  // itself be the whole text in one task.
  const parsed = recentParse(text) ?? (await slicer.run(readingSteps(text)));
  remember(parsed);
  return parsed;
}

/**
 * The steps of reading the text: one document each, then the whole manifest. Documents are read
 * one segment (`---` to `---`) at a time, by the block reader when they are plain block YAML
 * and by the yaml library otherwise. From the first segment that does not read alone as one
 * document without errors (or from the start, for the texts `segmentsOf` leaves whole), the
 * rest of the text is read by the yaml library in one go, as `parseAllDocuments` reads it: a
 * broken document can run on into the next ones.
 */
function* readingSteps(text: string): Generator<void, ParsedManifest> {
  const lineCounter = countLines(text);
  const documents: ManifestDocument[] = [];
  const syntaxErrors: SyntaxProblem[] = [];
  const starts = segmentsOf(text);
  const read = starts ? yield* segmentSteps(text, starts, lineCounter, documents) : 0;
  const rest = starts?.[read];
  if (!starts || rest !== undefined)
    yield* restSteps(text, rest ?? 0, lineCounter, documents, syntaxErrors);
  return { text, documents, syntaxErrors, lineCounter };
}

/**
 * Reads the text from `from` (0, or a document's `---` after documents that read alone as one
 * each, where the yaml library is in the same state as at a text's start) to its end with the
 * yaml library, adding the documents and their syntax problems, at the whole text's offsets.
 */
function* restSteps(
  text: string,
  from: number,
  lineCounter: LineCounter,
  documents: ManifestDocument[],
  syntaxErrors: SyntaxProblem[],
): Generator<void, void> {
  const composer = new Composer({ prettyErrors: false });
  for (const yamlDoc of composer.compose(
    new Parser().parse(from === 0 ? text : text.slice(from)),
  )) {
    if (from !== 0) {
      moveRanges(yamlDoc, from);
      for (const error of yamlDoc.errors) error.pos = [error.pos[0] + from, error.pos[1] + from];
    }
    documents.push(readDocument(yamlDoc, documents.length, lineCounter, syntaxErrors));
    yield;
  }
}

/**
 * Texts whose documents cannot be read one segment at a time: directives and `...` belong to
 * the documents around them, and tabs, carriage returns, other control characters and a byte
 * order mark are rare in manifests and left to the yaml library whole.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const WHOLE_TEXT_ONLY = /[\x00-\x09\x0b-\x1f\x7f\ufeff]|(?:^|\n)(?:%|\.\.\.(?:[ \n]|$))/;
/** Lines that are blank or comments only. */
const ONLY_COMMENTS = /^(?: *(?:#[^\n]*)?\n)*$/;
/** A document marker: `---` at the start of a line, alone or followed by a space. */
const MARKERS = /^---(?=[ \n]|$)/gm;

/** Where each document's segment starts, or undefined when the text must be read whole. */
function segmentsOf(text: string): number[] | undefined {
  if (WHOLE_TEXT_ONLY.test(text)) return undefined;
  const starts = [0];
  for (const marker of text.matchAll(MARKERS)) if (marker.index > 0) starts.push(marker.index);
  // Comments before the first marker are the first document's (a licence header), not one of
  // their own: its segment starts at the text's start.
  const first = starts[1];
  if (first !== undefined && ONLY_COMMENTS.test(text.slice(0, first))) starts.splice(1, 1);
  return starts;
}

/**
 * Reads the segments one by one into `documents`, up to the first that does not read alone as
 * one document without errors; returns how many were read.
 */
function* segmentSteps(
  text: string,
  starts: readonly number[],
  lineCounter: LineCounter,
  documents: ManifestDocument[],
): Generator<void, number> {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = starts[i + 1] ?? text.length;
    const index = documents.length;
    const block = readBlockDocument(text, start, end);
    if (block) {
      let read: Document.Parsed | undefined;
      const fields = {
        index,
        ...plainFields(block.object),
        range: block.range,
        hasSyntaxErrors: false,
      };
      documents.push(
        lazyDocument(fields, {
          read: () => (read ??= readSegment(text, start, end, true) ?? parseDocument('')),
          contents: asYamlNode(block.outline),
          shift: 0,
        }),
      );
    } else {
      const yaml = readSegment(text, start, end);
      if (!yaml) return i;
      const problems: SyntaxProblem[] = [];
      const doc = readDocument(yaml, index, lineCounter, problems);
      // A value the yaml library cannot give (too many aliases): read with the rest.
      if (problems.length > 0) return i;
      documents.push(doc);
    }
    yield;
  }
  return starts.length;
}

/** A document's value and the fields of it that everything reads. */
function plainFields(object: unknown) {
  const metadata =
    object !== null && typeof object === 'object'
      ? (object as Record<string, unknown>).metadata
      : undefined;
  return {
    object,
    apiVersion: stringField(object, 'apiVersion'),
    kind: stringField(object, 'kind'),
    name: stringField(metadata, 'name'),
    namespace: stringField(metadata, 'namespace'),
  };
}

/** One parsed document as the rest of kubewire reads it; its syntax problems go to `problems`. */
export function readDocument(
  yamlDoc: Document.Parsed,
  index: number,
  lineCounter: LineCounter,
  problems: SyntaxProblem[],
): ManifestDocument {
  for (const error of yamlDoc.errors) {
    problems.push({
      message: cleanMessage(error.message),
      docIndex: index,
      offset: error.pos[0],
      start: positionAt(lineCounter, error.pos[0]),
      end: positionAt(lineCounter, Math.max(error.pos[1], error.pos[0])),
    });
  }
  const plain = yamlDoc.errors.length === 0 ? toPlain(yamlDoc) : { value: null };
  if (plain.error !== undefined) {
    const offset = yamlDoc.range[0];
    problems.push({
      message: plain.error,
      docIndex: index,
      offset,
      start: positionAt(lineCounter, offset),
      end: positionAt(lineCounter, yamlDoc.range[1]),
    });
  }
  return {
    index,
    yaml: yamlDoc,
    ...plainFields(plain.value),
    range: [yamlDoc.range[0], yamlDoc.range[1]],
    hasSyntaxErrors: yamlDoc.errors.length > 0 || plain.error !== undefined,
  };
}
