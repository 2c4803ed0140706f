import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSavedWork, serializeSavedWork, type Recoverable } from './storage';

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
