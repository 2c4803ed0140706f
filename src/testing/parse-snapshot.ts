import { isNode, parseAllDocuments, visit, type Document } from 'yaml';
import type { ParsedManifest } from '../core/yaml/parse';
import { documentFields } from '../core/yaml/lazy-document';
import { timeSlicer, type Slicer } from '../core/slices';

/**
 * What a reader of one parsed YAML document sees: node ranges, printed YAML, comments. (Not
 * the library's own error positions: a document kept by the incremental parse keeps them
 * unmoved, and the parse's `syntaxErrors` say where they are.)
 */
function yamlSnapshot(yaml: Document.Parsed, printable: boolean) {
  const nodes: unknown[] = [];
  visit(yaml, (key, node) => {
    if (isNode(node)) nodes.push([key, node.range]);
  });
  return {
    yamlRange: yaml.range,
    printed: printable ? yaml.toString() : null,
    comment: [yaml.commentBefore, yaml.comment],
    nodes,
  };
}

/** Everything a reader of a parse can see, node ranges and printed YAML included. */
export function parseSnapshot(parsed: ParsedManifest) {
  return {
    text: parsed.text,
    lineStarts: parsed.lineCounter.lineStarts,
    syntaxErrors: parsed.syntaxErrors,
    documents: parsed.documents.map((doc) => ({
      ...documentFields(doc),
      ...yamlSnapshot(doc.yaml, !doc.hasSyntaxErrors),
    })),
  };
}

/** The documents of `text` as the `yaml` library's own `parseAllDocuments` reads the whole text. */
export function libraryParse(text: string): Document.Parsed[] {
  const read = parseAllDocuments(text, { prettyErrors: false });
  return Array.isArray(read) ? read : [];
}

/** What a reader sees of each document as the `yaml` library reads the text. */
export function libraryDocuments(text: string) {
  return libraryParse(text).map((yaml) => withErrors(yaml));
}

function withErrors(yaml: Document.Parsed) {
  return {
    ...yamlSnapshot(yaml, yaml.errors.length === 0),
    errors: yaml.errors.map((error) => [error.code, error.pos]),
  };
}

/** The YAML part of each document of a parse, to compare with `libraryDocuments`. */
export function parsedDocuments(parsed: ParsedManifest) {
  return parsed.documents.map((doc) => withErrors(doc.yaml));
}

/** A slicer that gives the thread back after every step, counting its pauses. */
export function everyStepSlicer(): { slicer: Slicer; pauses: () => number } {
  let pauses = 0;
  const slicer = timeSlicer(() => {
    pauses++;
    return Promise.resolve();
  }, 0);
  return { slicer, pauses: () => pauses };
}
