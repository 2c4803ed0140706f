import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedSpan } from './diff';

function applySpan(before: string, after: string): string {
  const span = changedSpan(before, after);
  if (!span) return before;
  return (
    before.slice(0, span.start) +
    after.slice(span.start, span.endAfter) +
    before.slice(span.endBefore)
  );
}

describe('changedSpan', () => {
  it('is null for equal texts', () => {
    expect(changedSpan('a', 'a')).toBeNull();
  });

  it('finds the one changed word', () => {
    expect(changedSpan('image: a\nx: 1\n', 'image: bb\nx: 1\n')).toEqual({
      start: 7,
      endBefore: 8,
      endAfter: 9,
    });
  });

  it('turns any text into any other text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(applySpan(before, after)).toBe(after);
      }),
    );
  });

  it('finds the smallest span in long texts, whose equal parts are compared a block at a time', () => {
    /** The same trimming, one character at a time. */
    const naive = (before: string, after: string) => {
      let start = 0;
      while (start < Math.min(before.length, after.length) && before[start] === after[start])
        start++;
      let endBefore = before.length;
      let endAfter = after.length;
      while (
        endBefore > start &&
        endAfter > start &&
        before[endBefore - 1] === after[endAfter - 1]
      ) {
        endBefore--;
        endAfter--;
      }
      return { start, endBefore, endAfter };
    };
    fc.assert(
      fc.property(
        fc.string({ minLength: 600, maxLength: 3000, unit: fc.constantFrom('a', 'b', '\n', ' ') }),
        fc.nat(),
        fc.nat({ max: 1100 }),
        fc.string({ maxLength: 1100, unit: fc.constantFrom('a', 'b', 'c') }),
        (before, at, removed, inserted) => {
          const from = at % (before.length + 1);
          const after = before.slice(0, from) + inserted + before.slice(from + removed);
          if (after === before) return;
          expect(changedSpan(before, after)).toEqual(naive(before, after));
        },
      ),
    );
  });
});
