import { LineCounter, parseAllDocuments, type Document } from 'yaml';

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
 * The last text read and its result. An edit reads the current text (to find where to write)
 * and then the new text is read for the rules; the next edit starts from that same text, so
 * each keystroke parses once instead of twice. Results are never mutated, so sharing is safe.
 */
let lastParse: ParsedManifest | undefined;

/**
 * Reads manifest text into documents with source positions. It never throws: problems in the
 * text become `syntaxErrors`, and documents are kept even when another document is broken.
 */
export function parseManifest(text: string): ParsedManifest {
  if (lastParse?.text === text) return lastParse;
  lastParse = readManifest(text);
  return lastParse;
}

function readManifest(text: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const syntaxErrors: SyntaxProblem[] = [];
  const documents = docs.map((yamlDoc, index): ManifestDocument => {
    for (const error of yamlDoc.errors) {
      syntaxErrors.push({
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
      syntaxErrors.push({
        message: plain.error,
        docIndex: index,
        offset,
        start: positionAt(lineCounter, offset),
        end: positionAt(lineCounter, yamlDoc.range[1]),
      });
    }
    const object = plain.value;
    const metadata =
      object !== null && typeof object === 'object'
        ? (object as Record<string, unknown>).metadata
        : undefined;
    return {
      index,
      yaml: yamlDoc,
      object,
      apiVersion: stringField(object, 'apiVersion'),
      kind: stringField(object, 'kind'),
      name: stringField(metadata, 'name'),
      namespace: stringField(metadata, 'namespace'),
      range: [yamlDoc.range[0], yamlDoc.range[1]],
      hasSyntaxErrors: yamlDoc.errors.length > 0 || plain.error !== undefined,
    };
  });
  return { text, documents, syntaxErrors, lineCounter };
}
