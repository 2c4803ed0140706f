import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { completionContext, documentHeader, pathAt } from './position-path';

/** Offset of the `nth` occurrence of `needle` in `text`, plus `delta`. */
function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`no ${needle}`);
  return index + delta;
}

/** 1-based line and column just after `needle` in the line that holds it. */
function cursorAfter(text: string, needle: string): [number, number] {
  const offset = offsetOf(text, needle, needle.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - before.lastIndexOf('\n')];
}

describe('pathAt', () => {
  it('finds a key in a later document, with its kind', () => {
    const at = pathAt(EXAMPLE_MANIFEST, offsetOf(EXAMPLE_MANIFEST, 'replicas', 3));
    expect(at).toMatchObject({
      doc: 2,
      path: ['spec', 'replicas'],
      onKey: true,
      apiVersion: 'apps/v1',
      kind: 'Deployment',
    });
    const start = offsetOf(EXAMPLE_MANIFEST, 'replicas');
    expect(at?.range).toEqual([start, start + 'replicas'.length]);
  });

  it('counts the end of a key as on the key (a cursor right after it)', () => {
    const at = pathAt(EXAMPLE_MANIFEST, offsetOf(EXAMPLE_MANIFEST, 'replicas', 8));
    expect(at).toMatchObject({ path: ['spec', 'replicas'], onKey: true });
  });

  it('finds a value inside sequences', () => {
    const at = pathAt(EXAMPLE_MANIFEST, offsetOf(EXAMPLE_MANIFEST, 'containerPort: 9093', 16));
    expect(at).toMatchObject({
      doc: 2,
      path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'containerPort'],
      onKey: false,
    });
  });

  it('finds the backend service of the Ingress', () => {
    const at = pathAt(EXAMPLE_MANIFEST, offsetOf(EXAMPLE_MANIFEST, 'service:', 2));
    expect(at).toMatchObject({
      doc: 0,
      path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service'],
      onKey: true,
      kind: 'Ingress',
    });
  });

  it('finds items of a flow sequence', () => {
    const text = 'a:\n  b: [x, yz]\n';
    expect(pathAt(text, offsetOf(text, 'yz', 1))).toMatchObject({
      path: ['a', 'b', 1],
      onKey: false,
    });
  });

  it('gives null outside any content', () => {
    expect(pathAt('# only a comment\n', 3)).toBeNull();
    expect(pathAt('', 0)).toBeNull();
  });
});

describe('completionContext', () => {
  it('finds the map under a key on a half-written line that does not parse', () => {
    const lines = EXAMPLE_MANIFEST.split('\n');
    const row = lines.findIndex((line) => line.endsWith('backend:'));
    lines.splice(row + 1, 0, '              s');
    const text = lines.join('\n');
    expect(completionContext(text, row + 2, 16)).toEqual({
      doc: 0,
      path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend'],
      present: ['service'],
      keyColumn: 14,
      prefix: 's',
    });
  });

  it('reports the keys already there, above and below, and not the one being typed', () => {
    const text = 'spec:\n  replicas: 1\n  sel\n  template:\n    metadata: {}\n  paused: false\n';
    expect(completionContext(text, 3, 6)).toMatchObject({
      path: ['spec'],
      present: ['replicas', 'template', 'paused'],
      prefix: 'sel',
    });
  });

  it('counts sequence items, with and without indentation under their key', () => {
    const text = [
      'spec:',
      '  ports:',
      '    - name: a',
      '      port: 1',
      '    - name: b',
      '      p',
      'other:',
      '- x: 1',
      '- ',
    ].join('\n');
    expect(completionContext(text, 6, 8)).toMatchObject({
      path: ['spec', 'ports', 1],
      present: ['name'],
    });
    expect(completionContext(text, 9, 3)).toMatchObject({ path: ['other', 1], present: [] });
  });

  it('starts a new item when the line has its own `- `', () => {
    const text = 'containers:\n  - name: a\n  - na';
    expect(completionContext(text, 3, 7)).toMatchObject({
      path: ['containers', 1],
      keyColumn: 4,
      prefix: 'na',
    });
  });

  it('finds the document by its `---` separators', () => {
    const text = '# head\n---\nkind: A\n---\nkind: B\nsp';
    expect(completionContext(text, 6, 3)).toMatchObject({
      doc: 1,
      path: [],
      present: ['kind'],
    });
    expect(documentHeader(text, 1)).toEqual({ apiVersion: undefined, kind: 'B' });
    expect(documentHeader(EXAMPLE_MANIFEST, 2)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
    });
  });

  it('skips the content of block scalars', () => {
    const text = 'data:\n  script: |\n    a: 1\n  b\n';
    expect(completionContext(text, 4, 4)).toMatchObject({ path: ['data'], present: ['script'] });
  });

  it('is null in a value, a comment or on a separator', () => {
    const [line, column] = cursorAfter(EXAMPLE_MANIFEST, 'replicas: 1');
    expect(completionContext(EXAMPLE_MANIFEST, line, column)).toBeNull();
    expect(completionContext('# comm', 1, 7)).toBeNull();
    expect(completionContext('a: 1\n---', 2, 4)).toBeNull();
    expect(completionContext('a: 1', 5, 1)).toBeNull();
  });

  it('agrees with pathAt on every key of the example', () => {
    const lines = EXAMPLE_MANIFEST.split('\n');
    let offset = 0;
    for (const [row, line] of lines.entries()) {
      const match = /^(\s*(?:- )*)([A-Za-z][\w./-]*):/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        const keyStart = match[1].length;
        const context = completionContext(EXAMPLE_MANIFEST, row + 1, keyStart + 1);
        const at = pathAt(EXAMPLE_MANIFEST, offset + keyStart);
        expect(context?.path, line).toEqual(at?.path.slice(0, -1));
        expect(context?.doc, line).toBe(at?.doc);
      }
      offset += line.length + 1;
    }
  });
});
