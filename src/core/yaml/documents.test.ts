import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyEdit, applyEdits, type EditCommand } from './edit';
import { parseManifest } from './parse';

function edit(text: string, command: EditCommand): string {
  const result = applyEdit(text, command);
  if (!result.ok) throw new Error(`edit failed: ${result.reason}`);
  expect(parseManifest(result.text).syntaxErrors).toEqual([]);
  return result.text;
}

const CONFIG_MAP = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c' },
  data: { a: '1' },
};
const RENDERED = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n';

function kinds(text: string): (string | undefined)[] {
  return parseManifest(text).documents.map((doc) => doc.kind);
}

describe('addDocument', () => {
  it('writes the first document of an empty text without a separator', () => {
    expect(edit('', { type: 'addDocument', value: CONFIG_MAP })).toBe(RENDERED);
  });

  it('follows comments that make no document yet', () => {
    expect(edit('# my objects\n', { type: 'addDocument', value: CONFIG_MAP })).toBe(
      '# my objects\n' + RENDERED,
    );
  });

  it('appends after the last document, ending the line the text left open', () => {
    expect(edit('kind: A', { type: 'addDocument', value: CONFIG_MAP })).toBe(
      'kind: A\n---\n' + RENDERED,
    );
  });

  it('inserts after a given document, keeping every other byte and comment', () => {
    const after = edit(EXAMPLE_MANIFEST, { type: 'addDocument', value: CONFIG_MAP, after: 0 });
    expect(kinds(after)).toEqual(['Ingress', 'ConfigMap', 'Service', 'Deployment']);
    const at = EXAMPLE_MANIFEST.indexOf('---\napiVersion: v1\nkind: Service');
    expect(after).toBe(
      EXAMPLE_MANIFEST.slice(0, at) + '---\n' + RENDERED + EXAMPLE_MANIFEST.slice(at),
    );
  });

  it('inserts after a first document that has no marker and leading comments', () => {
    const text = '# header\nkind: A # a\n# after A\n---\n# about B\nkind: B\n';
    expect(edit(text, { type: 'addDocument', value: { kind: 'C' }, after: 0 })).toBe(
      '# header\nkind: A # a\n# after A\n---\nkind: C\n---\n# about B\nkind: B\n',
    );
  });

  it('keeps CRLF line ends and the neighbour’s way of indenting sequences', () => {
    const text = 'kind: A\r\nspec:\r\n  rules:\r\n  - host: a\r\n';
    const after = edit(text, { type: 'addDocument', value: { spec: { rules: [{ host: 'b' }] } } });
    expect(after).toBe(text + '---\r\nspec:\r\n  rules:\r\n  - host: b\r\n');
  });

  it('gives a document that follows `...` without a marker its own marker', () => {
    const text = 'kind: A\n...\nkind: B\n';
    const after = edit(text, { type: 'addDocument', value: { kind: 'C' }, after: 0 });
    expect(after).toBe('kind: A\n...\n---\nkind: C\n---\nkind: B\n');
    expect(kinds(after)).toEqual(['A', 'C', 'B']);
  });

  it('refuses a document that is not there, and text that does not parse', () => {
    expect(applyEdit('kind: A\n', { type: 'addDocument', value: {}, after: 1 })).toEqual({
      ok: false,
      reason: 'no-document',
    });
    expect(applyEdit('', { type: 'addDocument', value: {}, after: 0 })).toEqual({
      ok: false,
      reason: 'no-document',
    });
    expect(applyEdit('a: [\n', { type: 'addDocument', value: {} })).toEqual({
      ok: false,
      reason: 'syntax-error',
    });
  });
});

describe('removeDocument', () => {
  const text = '# header\nkind: A\n---\n# about B\nkind: B # b\n---\nkind: C\n';

  it('removes a middle document with its separator and comments', () => {
    expect(edit(text, { type: 'removeDocument', doc: 1 })).toBe(
      '# header\nkind: A\n---\nkind: C\n',
    );
  });

  it('removes the last document, even without a trailing line end', () => {
    expect(edit(text, { type: 'removeDocument', doc: 2 })).toBe(
      '# header\nkind: A\n---\n# about B\nkind: B # b\n',
    );
    expect(edit('kind: A\n---\nkind: B', { type: 'removeDocument', doc: 1 })).toBe('kind: A\n');
  });

  it('removes the first document with the comments above it', () => {
    expect(edit(text, { type: 'removeDocument', doc: 0 })).toBe(
      '# about B\nkind: B # b\n---\nkind: C\n',
    );
    expect(edit('kind: A\n', { type: 'removeDocument', doc: 0 })).toBe('');
  });

  it('keeps the next marker when the first document had its own, or it carries a comment', () => {
    expect(edit('---\nkind: A\n---\nkind: B\n', { type: 'removeDocument', doc: 0 })).toBe(
      '---\nkind: B\n',
    );
    expect(edit('kind: A\n--- # B\nkind: B\n', { type: 'removeDocument', doc: 0 })).toBe(
      '--- # B\nkind: B\n',
    );
  });

  it('keeps CRLF text byte-for-byte', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    expect(edit(crlf, { type: 'removeDocument', doc: 1 })).toBe(
      '# header\r\nkind: A\r\n---\r\nkind: C\r\n',
    );
  });

  it('undoes an addDocument', () => {
    const added = edit(EXAMPLE_MANIFEST, { type: 'addDocument', value: CONFIG_MAP, after: 1 });
    expect(edit(added, { type: 'removeDocument', doc: 2 })).toBe(EXAMPLE_MANIFEST);
  });

  it('replaces a document in place when combined with addDocument', () => {
    const result = applyEdits(text, [
      { type: 'addDocument', value: { kind: 'D' }, after: 1 },
      { type: 'removeDocument', doc: 1 },
    ]);
    expect(result).toEqual({ ok: true, text: '# header\nkind: A\n---\nkind: D\n---\nkind: C\n' });
    const first = applyEdits('kind: A\r\n---\r\nkind: B\r\n', [
      { type: 'addDocument', value: { kind: 'D' }, after: 0 },
      { type: 'removeDocument', doc: 0 },
    ]);
    expect(first).toEqual({ ok: true, text: 'kind: D\r\n---\r\nkind: B\r\n' });
  });

  it('refuses a document that is not there', () => {
    expect(applyEdit(text, { type: 'removeDocument', doc: 3 })).toEqual({
      ok: false,
      reason: 'no-document',
    });
  });
});
