import { describe, expect, it } from 'vitest';
import { parseManifest } from '../yaml/parse';
import {
  appendSources,
  combineSources,
  sourceAt,
  sourceOfDocument,
  sourcesOfDocuments,
} from './sources';

describe('several files in one manifest', () => {
  it('keeps a single file byte for byte', () => {
    const text = '# leading comment\nkind: Service\nmetadata:\n  name: a'; // no trailing newline
    expect(combineSources([{ name: 'a.yaml', text }])).toBe(text);
  });

  it('marks where each file starts and tells each object its file', () => {
    const text = combineSources([
      { name: 'ingress.yaml', text: 'kind: Ingress\nmetadata:\n  name: i' },
      {
        name: 'server.yaml',
        text: 'kind: Service\nmetadata:\n  name: s\n---\nkind: Deployment\nmetadata:\n  name: s\n',
      },
    ]);
    expect(text).toBe(
      '# Source: ingress.yaml\nkind: Ingress\nmetadata:\n  name: i\n---\n# Source: server.yaml\nkind: Service\nmetadata:\n  name: s\n---\nkind: Deployment\nmetadata:\n  name: s\n',
    );
    const parsed = parseManifest(text);
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.documents.map((doc) => [doc.kind, sourceOfDocument(text, doc)])).toEqual([
      ['Ingress', 'ingress.yaml'],
      ['Service', 'server.yaml'],
      ['Deployment', 'server.yaml'],
    ]);
    // All documents at once (one pass over the text), with LF, CRLF and a document without a file.
    const named = ['ingress.yaml', 'server.yaml', 'server.yaml'];
    for (const [variant, expected] of [
      [text, named],
      [text.replace(/\n/g, '\r\n'), named],
      [`kind: A\n---\n${text}`, [undefined, ...named]],
    ] as const) {
      expect(sourcesOfDocuments(variant, parseManifest(variant).documents)).toEqual(expected);
    }
  });

  it('adds files after the current manifest', () => {
    const text = appendSources('kind: A\n', [{ name: 'b.yaml', text: 'kind: B\n' }]);
    expect(text).toBe('kind: A\n---\n# Source: b.yaml\nkind: B\n');
    expect(parseManifest(text).documents.map((doc) => doc.kind)).toEqual(['A', 'B']);
    expect(sourceAt(text, 0)).toBeUndefined();
  });

  it('keeps a file name on one line', () => {
    expect(
      combineSources([
        { name: 'a\nb.yaml', text: 'x: 1\n' },
        { name: '', text: 'y: 1\n' },
      ]),
    ).toBe('# Source: a b.yaml\nx: 1\n---\n# Source: untitled.yaml\ny: 1\n');
  });
});
