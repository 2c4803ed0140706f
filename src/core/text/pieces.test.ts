import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesOf } from './pieces';

/** Whether a cut between `before` and `after` would split a surrogate pair or a `\r\n`. */
function splits(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  return (last >= 0xd800 && last <= 0xdbff) || (before.endsWith('\r') && after.startsWith('\n'));
}

describe('piecesOf', () => {
  it('gives the text back whole, in pieces ending at line breaks', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${String(i)} 😀\r\n`).join('');
    const pieces = [...piecesOf(text, 100)];
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(100);
      expect(piece.endsWith('\r\n')).toBe(true);
    }
  });

  it('cuts a line longer than twice the size inside it, and keeps a shorter rest whole', () => {
    const long = 'x'.repeat(500);
    expect(
      [
        ...piecesOf(
          `a
${long}
b`,
          100,
        ),
      ].map((piece) => piece.length),
    ).toEqual([100, 100, 100, 100, 103, 1]);
    expect([...piecesOf('x'.repeat(150), 100)]).toEqual(['x'.repeat(150)]);
    expect([...piecesOf('', 10)]).toEqual([]);
  });

  it('never cuts inside a surrogate pair or a \\r\\n, whatever the text', () => {
    const unit = fc.constantFrom('a', '😀', '\r\n', '\r', '\n', 'é');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 400 }),
        fc.integer({ min: 1, max: 40 }),
        (units, size) => {
          const text = units.join('');
          const pieces = [...piecesOf(text, size)];
          expect(pieces.join('')).toBe(text);
          for (let i = 1; i < pieces.length; i++)
            expect(splits(pieces[i - 1] ?? '', pieces[i] ?? '')).toBe(false);
          for (const piece of pieces) expect(piece.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
