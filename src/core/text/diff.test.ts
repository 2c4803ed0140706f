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
});
