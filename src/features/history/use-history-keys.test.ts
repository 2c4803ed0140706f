import { describe, expect, it } from 'vitest';
import { historyCommandFor, type KeyChord } from './use-history-keys';

function chord(key: string, modifiers: Partial<KeyChord> = {}): KeyChord {
  return {
    key,
    code: `Key${key.toUpperCase()}`,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...modifiers,
  };
}

describe('historyCommandFor', () => {
  it('undoes on Ctrl+Z and ⌘Z', () => {
    expect(historyCommandFor(chord('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommandFor(chord('z', { metaKey: true }))).toBe('undo');
  });

  it('redoes on Ctrl+Shift+Z, ⇧⌘Z and Ctrl+Y', () => {
    expect(historyCommandFor(chord('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommandFor(chord('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommandFor(chord('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores other chords', () => {
    expect(historyCommandFor(chord('z'))).toBeNull();
    expect(historyCommandFor(chord('z', { shiftKey: true }))).toBeNull();
    expect(historyCommandFor(chord('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyCommandFor(chord('z', { ctrlKey: true, metaKey: true }))).toBeNull();
    // ⌘Y is not redo on a Mac (it is the browser's history), nor is Ctrl+Shift+Y.
    expect(historyCommandFor(chord('y', { metaKey: true }))).toBeNull();
    expect(historyCommandFor(chord('Y', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(historyCommandFor(chord('a', { ctrlKey: true }))).toBeNull();
  });

  it('follows the layout for Latin letters and the physical key otherwise', () => {
    // AZERTY: the key labelled Z sits where QWERTY has W.
    expect(historyCommandFor({ ...chord('z', { ctrlKey: true }), code: 'KeyW' })).toBe('undo');
    expect(historyCommandFor({ ...chord('w', { ctrlKey: true }), code: 'KeyZ' })).toBeNull();
    // Russian: the Z key types я.
    expect(historyCommandFor({ ...chord('я', { ctrlKey: true }), code: 'KeyZ' })).toBe('undo');
  });
});
