import fc from 'fast-check';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import {
  base64UrlDecode,
  base64UrlEncode,
  decodeShareHash,
  encodeShareHash,
  isShareable,
  MAX_SHARE_HASH_LENGTH,
  MAX_SHARE_TEXT_BYTES,
  shareHashSteps,
} from './codec';
import { generateManifest } from '../../../bench/generate';
import { runSliced } from '../slices';
import { everyStepSlicer } from '../../testing/parse-snapshot';
import { SHARE_DICTIONARY } from './dictionary';

function payloadOf(hash: string): string {
  const m = /[#&]m=([^&]*)/.exec(hash);
  if (!m?.[1]) throw new Error(`no payload in ${hash}`);
  return m[1];
}

describe('base64url', () => {
  it('matches RFC 4648 §5 without padding (the RFC’s test vectors)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base64UrlEncode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base64UrlDecode(encoded) ?? undefined)).toBe(plain);
    }
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Node’s base64url for any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = base64UrlEncode(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64UrlDecode(encoded)).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, the standard alphabet’s + and /, a 4k+1 length and non-zero spare bits', () => {
    for (const text of ['Zg==', 'a+b/', 'Zm9vY', 'Zh', 'Zm9', 'é', ' Zg']) {
      expect(base64UrlDecode(text), text).toBeNull();
    }
  });
});

describe('share links', () => {
  it('has the documented shape and is raw DEFLATE with the preset dictionary, readable by any zlib', () => {
    const hash = encodeShareHash(EXAMPLE_MANIFEST);
    expect(hash).toMatch(/^#v=1&m=[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(payloadOf(hash), 'base64url');
    expect(inflateRawSync(bytes, { dictionary: SHARE_DICTIONARY }).toString('utf8')).toBe(
      EXAMPLE_MANIFEST,
    );
    // Without the dictionary the stream cannot be read: it is part of the format.
    expect(() => inflateRawSync(bytes)).toThrow();
  });

  it('opens links made with the dictionary by another DEFLATE implementation (Node’s zlib)', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: server\n';
    const m = deflateRawSync(Buffer.from(text, 'utf8'), { dictionary: SHARE_DICTIONARY }).toString(
      'base64url',
    );
    expect(decodeShareHash(`#v=1&m=${m}`)).toEqual({ ok: true, text });
  });

  it('opens links made by another DEFLATE implementation (Node’s zlib)', () => {
    const text = 'apiVersion: v1\nkind: Service\n# ünïcødé ✓ 🚀\n';
    const m = deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
    expect(decodeShareHash(`#v=1&m=${m}`)).toEqual({ ok: true, text });
  });

  it('keeps the built-in example’s link under 700 characters', () => {
    // Measured 603 with the dictionary; 1,141 with plain raw DEFLATE at level 9.
    const url = `http://localhost:5173/${encodeShareHash(EXAMPLE_MANIFEST)}`;
    expect(url.length).toBeLessThanOrEqual(700);
  });

  it('round-trips any Unicode text exactly, including a BOM, CRLF and the empty text', () => {
    for (const text of ['', '\uFEFFkind: Service\r\n', 'a\u0000b', '\n\n\n', '🚀'.repeat(1000)]) {
      expect(decodeShareHash(encodeShareHash(text))).toEqual({ ok: true, text });
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expect(decodeShareHash(encodeShareHash(text))).toEqual({ ok: true, text });
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(decodeShareHash(encodeShareHash(text))).toEqual({ ok: true, text });
      }),
    );
  });

  it('ignores unknown extra parameters, wherever they are, and accepts a hash without #', () => {
    const text = 'kind: Deployment\n';
    const m = payloadOf(encodeShareHash(text));
    for (const hash of [
      `#v=1&m=${m}&utm_source=chat`,
      `#x=1&v=1&y&m=${m}&z=`,
      `#m=${m}&v=1`,
      `v=1&m=${m}`,
      `#&v=1&&m=${m}&`,
    ]) {
      expect(decodeShareHash(hash), hash).toEqual({ ok: true, text });
    }
  });

  it('says which problem a link has', () => {
    const m = payloadOf(encodeShareHash('kind: Service\n'));
    const cases: [string, string][] = [
      ['', 'no-manifest'],
      ['#', 'no-manifest'],
      ['#top', 'no-manifest'],
      ['#utm=1&x=2', 'no-manifest'],
      [`#v=2&m=${m}`, 'unknown-version'],
      [`#v=9&m=${m}`, 'unknown-version'],
      [`#v=&m=${m}`, 'unknown-version'],
      ['#v=2', 'unknown-version'],
      [`#m=${m}`, 'malformed'],
      ['#v=1', 'malformed'],
      ['#v=1&m=', 'malformed'],
      ['#v=1&m', 'malformed'],
      [`#v=1&v=1&m=${m}`, 'malformed'],
      [`#v=1&m=${m}&m=${m}`, 'malformed'],
      ['#v=1&m=not base64!', 'malformed'],
      ['#v=1&m=Zg==', 'malformed'],
      ['#v=1&m=AAAA', 'malformed'],
      ['#v=1&m=%E0%A4%A', 'malformed'],
    ];
    for (const [hash, problem] of cases) {
      expect(decodeShareHash(hash), hash).toEqual({ ok: false, problem });
    }
  });

  it('refuses a payload that is not UTF-8', () => {
    const m = deflateRawSync(Buffer.from([0x6b, 0xff, 0xfe, 0x0a])).toString('base64url');
    expect(decodeShareHash(`#v=1&m=${m}`)).toEqual({ ok: false, problem: 'not-utf8' });
  });

  it('refuses every truncation of a link', () => {
    const hash = encodeShareHash(EXAMPLE_MANIFEST);
    const prefix = '#v=1&m=';
    for (let length = prefix.length; length < hash.length; length++) {
      const result = decodeShareHash(hash.slice(0, length));
      expect(result.ok, `cut at ${length}`).toBe(false);
    }
  });

  it('never throws on garbage, and anything it accepts reads back as itself', () => {
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
    );
    const garbage = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: alphabet, maxLength: 200 }).map((m) => `#v=1&m=${m}`),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => `#v=1&m=${base64UrlEncode(bytes)}`),
    );
    fc.assert(
      fc.property(garbage, (hash) => {
        const result = decodeShareHash(hash);
        if (result.ok) expect(decodeShareHash(encodeShareHash(result.text))).toEqual(result);
        else
          expect(result.problem).toMatch(
            /^(malformed|unknown-version|too-large|not-utf8|no-manifest)$/,
          );
      }),
    );
  });

  it('never throws on a link with bytes flipped or cut', () => {
    const valid = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).map((text) => {
      const m = payloadOf(encodeShareHash(text));
      return Buffer.from(m, 'base64url');
    });
    fc.assert(
      fc.property(
        valid,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.nat(),
        (bytes, at, xor, cut) => {
          const damaged = Uint8Array.from(bytes);
          damaged[at % damaged.length] = (damaged[at % damaged.length] ?? 0) ^ xor;
          const cutAt = cut % (damaged.length + 1);
          for (const candidate of [damaged, damaged.subarray(0, cutAt)]) {
            const result = decodeShareHash(`#v=1&m=${base64UrlEncode(candidate)}`);
            expect(typeof result.ok).toBe('boolean');
          }
        },
      ),
    );
  });

  it('refuses a hash longer than the cap before reading it', () => {
    const hash = `#v=1&m=${'A'.repeat(MAX_SHARE_HASH_LENGTH)}`;
    expect(decodeShareHash(hash)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('opens a text of exactly the cap, and refuses one byte more', () => {
    const atCap = 'a'.repeat(MAX_SHARE_TEXT_BYTES);
    expect(isShareable(atCap)).toBe(true);
    expect(isShareable(`${atCap}b`)).toBe(false);
    expect(isShareable('é'.repeat(MAX_SHARE_TEXT_BYTES / 2 + 1))).toBe(false);
    expect(decodeShareHash(encodeShareHash(atCap))).toEqual({ ok: true, text: atCap });
    expect(decodeShareHash(encodeShareHash(`${atCap}b`))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('stops inflating a bomb early: 50 MB of zeros in ~50 kB of link', () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
    const hash = `#v=1&m=${bomb.toString('base64url')}`;
    expect(hash.length).toBeLessThan(MAX_SHARE_HASH_LENGTH);
    const started = performance.now();
    expect(decodeShareHash(hash)).toEqual({ ok: false, problem: 'too-large' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads no further into a bomb than the cap: damage after it goes unnoticed', () => {
    // 2 MB of output is ~4% of this bomb's input. Everything after its first 10% is destroyed:
    // a decoder that inflated the whole stream (allocating 50 MB) would call it malformed.
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
    bomb.fill(0xff, Math.floor(bomb.length / 10));
    const hash = `#v=1&m=${bomb.toString('base64url')}`;
    expect(decodeShareHash(hash)).toEqual({ ok: false, problem: 'too-large' });
    // The same damage before the cap is seen: the test would catch a decoder that skipped checks.
    bomb.fill(0xff, 8);
    expect(decodeShareHash(`#v=1&m=${bomb.toString('base64url')}`)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});

describe('shareHashSteps', () => {
  it('compresses a big text in steps, into a link that opens as that text', async () => {
    const text = `${generateManifest(300)}# ünïcødé ✓ 🚀\r\n`;
    const { slicer, pauses } = everyStepSlicer();
    const hash = await slicer.run(shareHashSteps(text));
    // About 300 kB in pieces of 32 kB: the work really was cut.
    expect(pauses()).toBeGreaterThanOrEqual(8);
    expect(hash).toMatch(/^#v=1&m=[A-Za-z0-9_-]+$/);
    expect(decodeShareHash(hash ?? '')).toEqual({ ok: true, text });
    const bytes = Buffer.from(payloadOf(hash ?? ''), 'base64url');
    expect(inflateRawSync(bytes, { dictionary: SHARE_DICTIONARY }).toString('utf8')).toBe(text);
    // A block per piece costs a little length, no more.
    const oneGo = encodeShareHash(text).length;
    expect(hash?.length).toBeGreaterThanOrEqual(oneGo);
    expect(hash?.length).toBeLessThan(oneGo * 1.05);
  });

  it('gives the one-go link for a text of one piece', () => {
    expect(runSliced(shareHashSteps(EXAMPLE_MANIFEST))).toBe(encodeShareHash(EXAMPLE_MANIFEST));
    expect(runSliced(shareHashSteps(''))).toBe(encodeShareHash(''));
  });

  it('stops with null once the text passes the cap, and not before', () => {
    const atCap = 'a'.repeat(MAX_SHARE_TEXT_BYTES);
    expect(runSliced(shareHashSteps(`${atCap}b`))).toBeNull();
    expect(decodeShareHash(runSliced(shareHashSteps(atCap)) ?? '')).toEqual({
      ok: true,
      text: atCap,
    });
    // 'é' is two bytes: ten of them are 20 bytes.
    expect(runSliced(shareHashSteps('é'.repeat(10), 19))).toBeNull();
    expect(runSliced(shareHashSteps('é'.repeat(10), 20))).toBe(encodeShareHash('é'.repeat(10)));
  });
});
