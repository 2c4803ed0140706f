import { parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { ManifestDocument } from './parse';

/**
 * Documents whose parsed YAML is made only when something reads it. Two kinds are lazy:
 *
 * - a document that only moved (a keystroke before it): its YAML is the earlier one with every
 *   range shifted, copied on first read (most documents are never read between two
 *   keystrokes), see incremental.ts;
 * - a document read by the block reader (block-reader.ts): its YAML is read by the yaml library
 *   from its segment of the text on first read (an edit of that document; the checks and the
 *   diagram need only its value and its outline).
 *
 * Until then `unshiftedContents` gives the nodes to find a field's place in (the earlier YAML's,
 * or the block reader's outline) and how far they are from the text's positions.
 */
interface Source {
  /** The parsed YAML, unshifted; made once, shared by every document moved from it. */
  read: () => Document.Parsed;
  contents: Node | null;
  shift: number;
}

const sources = new WeakMap<ManifestDocument, Source>();

export type DocumentFields = Omit<ManifestDocument, 'yaml'>;

/** A document whose YAML is `source.read()` shifted by `source.shift`, made when first read. */
export function lazyDocument(fields: DocumentFields, source: Source): ManifestDocument {
  let yaml: Document.Parsed | undefined;
  const doc: ManifestDocument = {
    ...fields,
    get yaml(): Document.Parsed {
      yaml ??= shiftedYaml(source.read(), source.shift);
      sources.delete(doc);
      return yaml;
    },
  };
  sources.set(doc, source);
  return doc;
}

/** `doc` moved by `delta` characters, its YAML not copied until read. */
export function movedDocument(doc: ManifestDocument, delta: number): ManifestDocument {
  if (delta === 0) return doc;
  // Read `doc.yaml` only when it was already made: reading it would make it.
  const source = sources.get(doc) ?? {
    read: () => doc.yaml,
    contents: doc.yaml.contents,
    shift: 0,
  };
  return lazyDocument(
    { ...documentFields(doc), range: [doc.range[0] + delta, doc.range[1] + delta] },
    { read: source.read, contents: source.contents, shift: source.shift + delta },
  );
}

/** Everything a document says but its YAML (reading `yaml` could make it). */
export function documentFields(doc: ManifestDocument): DocumentFields {
  return {
    index: doc.index,
    object: doc.object,
    apiVersion: doc.apiVersion,
    kind: doc.kind,
    name: doc.name,
    namespace: doc.namespace,
    range: doc.range,
    hasSyntaxErrors: doc.hasSyntaxErrors,
  };
}

/**
 * A document's nodes and how far their ranges are from the text's positions, without making
 * its YAML: lets a reader find a field's place in every document cheaply.
 */
export function unshiftedContents(doc: ManifestDocument): { contents: Node | null; shift: number } {
  const source = sources.get(doc);
  return source
    ? { contents: source.contents, shift: source.shift }
    : { contents: doc.yaml.contents, shift: 0 };
}

/** A document's node ranges, moved by `delta` characters (on a copy: results are shared). */
function shiftedYaml(yaml: Document.Parsed, delta: number): Document.Parsed {
  if (delta === 0) return yaml;
  const copy = yaml.clone() as Document.Parsed;
  moveRanges(copy, delta);
  return copy;
}

/** Moves every range of `yaml` by `delta` characters, in place. */
export function moveRanges(yaml: Document.Parsed, delta: number): void {
  const move = (range: [number, number, number]): [number, number, number] => [
    range[0] + delta,
    range[1] + delta,
    range[2] + delta,
  ];
  yaml.range = move(yaml.range);
  visit(yaml, (_key, node) => {
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range))
      node.range = move(node.range as [number, number, number]);
  });
}

/**
 * The document in `text` from `start` to `end` (where the next one's `---` is, or the text's
 * end), read alone by the yaml library, its ranges those of the whole text; undefined unless the
 * segment is exactly one document without errors (only then is it what reading the whole text
 * gives). `loose` gives the first document even
 * then: for a document the block reader read, which is always one without errors (its tests
 * hold it to that), so that an edit still finds a document should that ever not be so.
 */
export function readSegment(
  text: string,
  start: number,
  end: number,
  loose = false,
): Document.Parsed | undefined {
  // Read up to the next document's marker too, as the whole text is: alone, a segment that
  // ends in `key:` and a blank line gives the empty value a blank line before it when printed.
  const marker = end < text.length && text.startsWith('---', end);
  const read = parseAllDocuments(text.slice(start, marker ? end + 3 : end), {
    prettyErrors: false,
  });
  if (!Array.isArray(read) || (read.length !== (marker ? 2 : 1) && !loose)) return undefined;
  const yaml = read[0];
  if (!yaml || (yaml.errors.length > 0 && !loose)) return undefined;
  if (start !== 0) moveRanges(yaml, start);
  return yaml;
}
