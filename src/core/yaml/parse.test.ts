import { describe, expect, it } from 'vitest';
import { parseManifest } from './parse';

describe('parseManifest', () => {
  it('reads every document with its kind, name and namespace', () => {
    const parsed = parseManifest(
      'kind: Service\nmetadata:\n  name: a\n  namespace: n\n---\nkind: ConfigMap\n',
    );
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.documents.map((doc) => [doc.kind, doc.name, doc.namespace])).toEqual([
      ['Service', 'a', 'n'],
      ['ConfigMap', undefined, undefined],
    ]);
  });

  it('reports a syntax error with its 1-based line and column and a clean message', () => {
    const parsed = parseManifest('spec:\n  replicas: 1:\n');
    expect(parsed.syntaxErrors).toEqual([
      expect.objectContaining({
        message: 'Nested mappings are not allowed in compact mappings',
        docIndex: 0,
        start: { line: 2, column: 13 },
      }),
    ]);
  });

  it('reports duplicate keys and tabs in indentation', () => {
    expect(parseManifest('a: 1\na: 2\n').syntaxErrors[0]?.message).toMatch(/unique/i);
    expect(parseManifest('a:\n\tb: 1\n').syntaxErrors).not.toEqual([]);
  });

  it('keeps the other documents when one is broken', () => {
    const parsed = parseManifest('kind: A\n---\nkind: [\n---\nkind: C\n');
    expect(parsed.documents.map((doc) => [doc.kind, doc.hasSyntaxErrors])).toEqual([
      ['A', false],
      [undefined, true],
      ['C', false],
    ]);
  });

  it('stops alias expansion bombs with an error instead of hanging', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const parsed = parseManifest(bomb);
    expect(parsed.syntaxErrors[0]?.message).toMatch(/alias/i);
    expect(parsed.documents[0]?.object).toBeNull();
  });

  it('reads an empty text as no documents', () => {
    expect(parseManifest('').documents).toEqual([]);
  });
});
