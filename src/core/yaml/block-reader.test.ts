/**
 * The block reader must read exactly what the yaml library reads: the same plain value, the same
 * document range and, for every node of the outline, the same first two range offsets (all that
 * `locate` reads). Whatever it is not sure of it must refuse, and the yaml library reads that.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { generateManifest } from '../../../bench/generate';
import { EXAMPLE_MANIFEST } from '../model/example';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { random, randomEdit } from '../../testing/random-edits';
import {
  everyStepSlicer,
  libraryDocuments,
  libraryParse,
  parsedDocuments,
} from '../../testing/parse-snapshot';
import { readBlockDocument } from './block-reader';
import { unshiftedContents } from './lazy-document';
import { locate } from './locate';
import { parseManifest, readManifest, readManifestInSlices } from './parse';

/**
 * Where each node of `outline`, its ranges `shift` away from the text's, differs from the same
 * node of `real` (empty: none).
 */
function outlineDifferences(outline: unknown, real: unknown, shift: number, path = ''): string[] {
  const kind = (node: unknown) =>
    isMap(node) ? 'map' : isSeq(node) ? 'seq' : isScalar(node) ? 'scalar' : String(node);
  if (kind(outline) !== kind(real)) return [`${path}: ${kind(outline)} for ${kind(real)}`];
  // Both empty (a value the library left out of a document with errors).
  if (!isMap(real) && !isSeq(real) && !isScalar(real)) return [];
  const a = outline as Node;
  const b = real as Node;
  const out: string[] = [];
  const [start, end] = a.range ?? [NaN, NaN];
  if (start + shift !== b.range?.[0] || end + shift !== b.range[1])
    out.push(`${path}: range ${String(a.range)} + ${String(shift)} for ${String(b.range)}`);
  if (isScalar(a) && isScalar(b)) {
    if (!Object.is(a.value, b.value))
      out.push(`${path}: ${String(a.value)} for ${String(b.value)}`);
    return out;
  }
  if (!(isMap(a) || isSeq(a)) || !(isMap(b) || isSeq(b))) return out;
  if (a.items.length !== b.items.length)
    return [...out, `${path}: ${String(a.items.length)} items`];
  a.items.forEach((item, i) => {
    const other = b.items[i];
    if (isPair(item) && isPair(other)) {
      out.push(...outlineDifferences(item.key, other.key, shift, `${path}.key${String(i)}`));
      out.push(...outlineDifferences(item.value, other.value, shift, `${path}.${String(i)}`));
    } else out.push(...outlineDifferences(item, other, shift, `${path}[${String(i)}]`));
  });
  return out;
}

/**
 * Reads `text` and compares every document with the library's; returns how many documents the
 * block reader read (their outline is not their YAML's own contents).
 */
function expectReadLikeLibrary(text: string, label: string): number {
  // Read afresh: `parseManifest` could re-read one document of an earlier test's text.
  const parsed = readManifest(text);
  const library = libraryParse(text);
  expect(parsed.documents.length, `${label}: documents`).toBe(library.length);
  let byBlockReader = 0;
  parsed.documents.forEach((doc, i) => {
    const real = library[i] as Document.Parsed;
    const { contents, shift } = unshiftedContents(doc);
    const where = `${label}, document ${String(i)}`;
    expect(doc.range, `${where}: range`).toEqual([real.range[0], real.range[1]]);
    const value: unknown = real.errors.length === 0 ? real.toJS({ maxAliasCount: 100 }) : null;
    expect(isDeepStrictEqual(doc.object, value), `${where}: value`).toBe(true);
    expect(outlineDifferences(contents, real.contents, shift), `${where}: outline`).toEqual([]);
    if (contents !== doc.yaml.contents) byBlockReader++;
  });
  // The YAML made on demand is the library's, printed, ranges and comments alike.
  expect(parsedDocuments(parsed), `${label}: YAML`).toEqual(libraryDocuments(text));
  return byBlockReader;
}

const READ: Record<string, string> = {
  'nested maps and sequences': `apiVersion: v1
kind: Service
metadata:
  name: "grpc-server"
  labels: {}
  annotations:
    'it''s': 'quoted ''twice'''
spec:
  ports:
    - name: grpc
      port: 9000
      targetPort: grpc # by name
    -   name: metrics
        port: +9093
  selector:
    app: server
`,
  'a sequence at its key column, and a null value': `kind: Deployment
spec:
  template:
    spec:
      containers:
      - name: server
        args: ["--port", 9000, 'x' , true]
        command: []
        env:
        - name: EMPTY
          value:
      - name: sidecar
        image: example/sidecar:1.0
`,
  'scalars the core schema reads as other types': `a: null
b: ~
c: True
d: FALSE
e: -12
f: 0.5
g: .5
h: 1e3
i: 007
j: yes
k: 1.2.3
l: -x
m: http://example.com:8080/a#b
n: 10Mi
`,
  'leading comments and blank lines, then trailing blank lines': `# Source: chart/templates/service.yaml

# another comment
kind: Service
metadata:
  name: a


`,
  'comments before the first marker': '# Copyright\n\n# licence\n---\nkind: Service\n',
  'a document without a newline at its end': 'kind: Service\nmetadata:\n  name: a',
  'a root sequence': '- a\n- b: 1\n  c: [x]\n',
};

const REFUSED: Record<string, string> = {
  'a comment line inside': 'kind: Service\n# comment\nmetadata:\n  name: a\n',
  'a blank line inside': 'kind: Service\n\nmetadata:\n  name: a\n',
  'a block scalar': 'kind: ConfigMap\ndata:\n  a: |\n    text\n',
  'an anchor and an alias': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !!str 1\n',
  'an escape': 'a: "line\\nbreak"\n',
  'a plain scalar over two lines': 'a: one\n  two\nb: 1\n',
  'a quoted scalar over two lines': 'a: "one\n  two"\n',
  'a flow map': 'a: {b: 1}\n',
  'a nested flow sequence': 'a: [[1]]\n',
  'duplicate keys': 'a: 1\na: 2\n',
  'a key that is not a string': '80: http\n',
  'a hexadecimal number': 'a: 0x1F\n',
  'a comment after the colon': 'a: # nothing\n  b: 1\n',
  'spaces after the colon': 'a:   \nb: 1\n',
  'an item on the lines below its dash': '-\n  a: 1\n',
  'a sequence in a sequence': '- - a\n',
  'a deeper line after a map entry': 'a: 1\n  b: 2\n',
  'a mapping in a plain scalar': 'a: b: c\n',
  'a sequence item after a key': 'a: - x\n',
  'a root scalar': 'just text\n',
  'a merge key': 'a:\n  <<: {}\n',
};

describe('readBlockDocument', () => {
  for (const [name, text] of Object.entries(READ)) {
    it(`reads ${name} like the yaml library`, () => {
      expect(readBlockDocument(text, 0, text.length)).toBeDefined();
      expect(expectReadLikeLibrary(text, name)).toBe(1);
    });
  }

  for (const [name, text] of Object.entries(REFUSED)) {
    it(`leaves ${name} to the yaml library`, () => {
      expect(readBlockDocument(text, 0, text.length)).toBeUndefined();
      expect(expectReadLikeLibrary(text, name)).toBe(0);
    });
  }

  it('reads every document of a generated 300-object manifest, like the yaml library', () => {
    const text = generateManifest(300);
    expect(expectReadLikeLibrary(text, 'generated')).toBe(300);
  });

  it('reads the documents after a header of comments before the first marker', () => {
    const text = `# Copyright\n---\n${READ['a root sequence'] ?? ''}---\nkind: Service\n`;
    expect(expectReadLikeLibrary(text, 'header')).toBe(2);
  });

  it('reads documents one by one, the yaml library reading the ones it refuses', () => {
    const text = `${READ['nested maps and sequences'] ?? ''}---\n${REFUSED['a block scalar'] ?? ''}---\n${READ['a root sequence'] ?? ''}`;
    expect(expectReadLikeLibrary(text, 'mixed')).toBe(2);
  });

  it('reads 1,500 randomly edited manifests like the yaml library, reading many documents itself', () => {
    const base = [
      READ['nested maps and sequences'],
      READ['a sequence at its key column, and a null value'],
      READ['scalars the core schema reads as other types'],
    ].join('---\n');
    const next = random(20261203);
    let documents = 0;
    let byBlockReader = 0;
    for (let run = 0; run < 1500; run++) {
      let text = base;
      const edits = 1 + Math.floor(next() * 3);
      for (let edit = 0; edit < edits; edit++) text = randomEdit(text, next);
      byBlockReader += expectReadLikeLibrary(text, `run ${String(run)}`);
      documents += libraryParse(text).length;
    }
    // Not a vacuous pass: many edited documents were the block reader's to read (1,715 of
    // 4,552 with this seed; an edit often leaves a document it does not read, or broken).
    expect(byBlockReader).toBeGreaterThan(documents / 4);
  });

  it('reads the built-in example like the yaml library', () => {
    expectReadLikeLibrary(EXAMPLE_MANIFEST, 'example');
  });

  it('finds fields in a document it read without making its YAML, and in one that then moved', async () => {
    const text = generateManifest(3);
    // Read and remembered, so that the edit below re-reads only the document it is in.
    const parsed = await readManifestInSlices(text, everyStepSlicer().slicer);
    const doc = parsed.documents[1];
    if (!doc) throw new Error('no second document');
    const path = ['spec', 'ports', 0, 'targetPort'];
    const before = locate(parsed, doc, path);
    expect(text.slice(...before.offset)).toBe('grpc');
    // An edit in the first document moves the second one by two characters.
    const edited = text.replace('app-001.example.com', 'app-001.example.co.uk');
    const after = parseManifest(edited);
    const moved = after.documents[1];
    if (!moved) throw new Error('no second document');
    // Still the block reader's outline, found where it was read plus the distance moved.
    expect(unshiftedContents(moved)).toEqual({
      contents: unshiftedContents(doc).contents,
      shift: 2,
    });
    const located = locate(after, moved, path);
    expect(located.offset).toEqual([before.offset[0] + 2, before.offset[1] + 2]);
    expect(edited.slice(...located.offset)).toBe('grpc');
    // The outline was not the YAML: that is made when read, and is the library's.
    expect(unshiftedContents(doc).contents).not.toBe(doc.yaml.contents);
    expect(parsedDocuments(after)).toEqual(libraryDocuments(edited));
  });
});

describeCorpus('the block reader over the corpus', () => {
  it('reads every corpus file like the yaml library, and most documents itself', () => {
    let documents = 0;
    let byBlockReader = 0;
    for (const file of corpusFiles()) {
      byBlockReader += expectReadLikeLibrary(file.text, file.name);
      documents += libraryParse(file.text).length;
    }
    console.info(`block reader: ${String(byBlockReader)} of ${String(documents)} corpus documents`);
    expect(byBlockReader).toBeGreaterThan(documents / 2);
  });
});
