import { describe, expect, it } from 'vitest';
import { piecesOf } from './pieces';

describe('piecesOf', () => {
  it('gives the text back whole, in pieces ending at line breaks', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i} 😀\r\n`).join('');
    const pieces = [...piecesOf(text, 100)];
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(100);
      expect(piece.endsWith('\r\n')).toBe(true);
    }
  });

  it('keeps a line longer than the size whole, and a text without a break in one piece', () => {
    const long = 'x'.repeat(500);
    expect([...piecesOf(`a\n${long}\nb`, 10)]).toEqual([`a\n${long}\n`, 'b']);
    expect([...piecesOf(long, 10)]).toEqual([long]);
    expect([...piecesOf('', 10)]).toEqual([]);
  });
});
