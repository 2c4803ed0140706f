import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readIncomingFile, readPastedText } from './incoming';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readIncomingFile', () => {
  it('accepts a YAML file and keeps its text exactly, byte-order mark and CRLF included', () => {
    const text = '\uFEFFkind: Service\r\nmetadata:\r\n  name: a\r\n';
    expect(readIncomingFile('a.yaml', bytes(text))).toEqual({ ok: true, name: 'a.yaml', text });
  });

  it('refuses binary, non-UTF-8, empty and oversized files with the reason', () => {
    expect(readIncomingFile('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toMatchObject(
      { ok: false, problem: 'binary' },
    );
    expect(readIncomingFile('latin1.yaml', new Uint8Array([0x6b, 0x3a, 0x20, 0xe9]))).toMatchObject(
      { ok: false, problem: 'not-utf8' },
    );
    expect(readIncomingFile('empty.yaml', bytes(' \n\n'))).toMatchObject({
      ok: false,
      problem: 'empty',
    });
    expect(
      readIncomingFile('big.yaml', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)),
    ).toMatchObject({
      ok: false,
      problem: 'too-large',
      bytes: MAX_FILE_BYTES + 1,
    });
  });

  it('reads pasted text the same way', () => {
    expect(readPastedText('kind: A\n')).toEqual({
      ok: true,
      name: 'pasted text',
      text: 'kind: A\n',
    });
    expect(readPastedText('   ')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
