import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from './codec';
import {
  isPackedWork,
  packableHash,
  parseSavedWork,
  serializePackedWork,
  serializeSavedWork,
  type Recoverable,
} from './storage';

describe('saved work', () => {
  it('reads back exactly what it wrote', () => {
    const now = new Date('2025-01-02T03:04:05.000Z');
    const recoverable: Recoverable = { kind: 'previous-work', text: 'kind: Service\n' };
    expect(parseSavedWork(serializeSavedWork('kind: Ingress\r\n', recoverable, now))).toEqual({
      ok: true,
      work: {
        version: 1,
        text: 'kind: Ingress\r\n',
        savedAt: '2025-01-02T03:04:05.000Z',
        recoverable,
      },
    });
    expect(parseSavedWork(serializeSavedWork('', null, now))).toEqual({
      ok: true,
      work: { version: 1, text: '', savedAt: '2025-01-02T03:04:05.000Z' },
    });
  });

  it('round-trips any text and any recoverable text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.option(
          fc.record({
            kind: fc.constantFrom('previous-work' as const, 'linked' as const),
            text: fc.string({ unit: 'grapheme' }),
          }),
        ),
        (text, recoverable) => {
          const read = parseSavedWork(serializeSavedWork(text, recoverable));
          expect(read.ok && read.work.text).toBe(text);
          expect(read.ok && read.work.recoverable).toEqual(recoverable ?? undefined);
        },
      ),
    );
  });

  it('treats nothing stored as absent', () => {
    for (const raw of [null, undefined, '']) {
      expect(parseSavedWork(raw)).toEqual({ ok: false, problem: 'absent' });
    }
  });

  it('treats anything foreign as corrupt, and a number version it does not know as such', () => {
    const corrupt = [
      '{',
      'null',
      '42',
      '"text"',
      '[]',
      '{}',
      '{"version":"1","text":"a"}',
      '{"version":1}',
      '{"version":1,"text":42}',
      'kind: Service',
      '{"__proto__":{"version":1},"text":"a"}',
    ];
    for (const raw of corrupt)
      expect(parseSavedWork(raw), raw).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseSavedWork('{"version":2,"text":"a"}')).toEqual({
      ok: false,
      problem: 'unknown-version',
    });
  });

  it('keeps the work when only its recoverable part or its date is broken', () => {
    const read = parseSavedWork(
      '{"version":1,"text":"a","savedAt":7,"recoverable":{"kind":"other","text":"b"}}',
    );
    expect(read).toEqual({ ok: true, work: { version: 1, text: 'a', savedAt: '' } });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(typeof parseSavedWork(raw).ok).toBe('boolean');
      }),
    );
  });
});

describe('packed saved work (a big text, stored as its share hash)', () => {
  const now = new Date('2025-01-02T03:04:05.000Z');
  const text = 'kind: Service\nmetadata:\n  name: api\n'.repeat(500);

  it('reads back the text it was packed from, with its recoverable text', () => {
    const recoverable: Recoverable = { kind: 'previous-work', text: 'kind: Ingress\n' };
    const raw = serializePackedWork(encodeShareHash(text), recoverable, now);
    expect(raw.length).toBeLessThan(text.length / 10);
    expect(isPackedWork(raw)).toBe(true);
    expect(parseSavedWork(raw, decodeShareHash)).toEqual({
      ok: true,
      work: { version: 1, text, savedAt: '2025-01-02T03:04:05.000Z', recoverable },
    });
  });

  it('says it needs the DEFLATE code when read without it, and is not taken for plain work', () => {
    const raw = serializePackedWork(encodeShareHash(text), null, now);
    expect(parseSavedWork(raw)).toEqual({ ok: false, problem: 'needs-codec' });
    expect(isPackedWork(serializeSavedWork(text, null, now))).toBe(false);
    expect(isPackedWork(null)).toBe(false);
  });

  it('reads a packed value that does not open as corrupt', () => {
    for (const packed of ['#v=1&m=!!!', '#v=1&m=AAAA', 'nothing', '#v=9&m=AAAA']) {
      const raw = serializePackedWork(packed, null, now);
      expect(parseSavedWork(raw, decodeShareHash), packed).toEqual({
        ok: false,
        problem: 'corrupt',
      });
    }
    expect(parseSavedWork('{"version":1,"packed":7}', decodeShareHash)).toEqual({
      ok: false,
      problem: 'corrupt',
    });
  });

  it('packs only a hash that opens again, to exactly the text', () => {
    const hash = encodeShareHash(text);
    expect(packableHash(text, hash)).toBe(hash);
    expect(packableHash(text, null)).toBeNull();
    expect(packableHash(text, `#v=1&m=${'A'.repeat(1_000_001)}`)).toBeNull();
    const lone = `${text}\uD800x`;
    expect(decodeShareHash(encodeShareHash(lone))).not.toEqual({ ok: true, text: lone });
    expect(packableHash(lone, encodeShareHash(lone))).toBeNull();
    expect(packableHash('a\uDC00', '#v=1&m=AA')).toBeNull();
    const pair = `${text}\uD83D\uDE80`;
    expect(packableHash(pair, encodeShareHash(pair))).not.toBeNull();
  });
});
