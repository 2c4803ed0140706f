import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  EMPTY_HISTORY,
  groupKeyOf,
  record,
  redo,
  undo,
  type History,
} from './history';
import type { EditOrigin } from './store';

/** A little editor over the history: the text, and the clock the edits happen at. */
class Session {
  history: History = EMPTY_HISTORY;
  constructor(public text: string) {}

  edit(text: string, origin: EditOrigin, at: number, key?: string): this {
    this.history = record(this.history, this.text, origin, at, key);
    this.text = text;
    return this;
  }

  undo(): boolean {
    const step = undo(this.history, this.text);
    if (!step) return false;
    this.history = step.history;
    this.text = step.text;
    return true;
  }

  redo(): boolean {
    const step = redo(this.history, this.text);
    if (!step) return false;
    this.history = step.history;
    this.text = step.text;
    return true;
  }
}

const imageKey = groupKeyOf([{ type: 'set', doc: 2, path: ['spec', 'image'], value: 'g' }]);
const replicasKey = groupKeyOf([{ type: 'set', doc: 2, path: ['spec', 'replicas'], value: 2 }]);

describe('an empty history', () => {
  it('has nothing to undo or redo', () => {
    expect(canUndo(EMPTY_HISTORY)).toBe(false);
    expect(canRedo(EMPTY_HISTORY)).toBe(false);
    expect(undo(EMPTY_HISTORY, 'a')).toBeNull();
    expect(redo(EMPTY_HISTORY, 'a')).toBeNull();
  });
});

describe('one step per user action', () => {
  it.each<EditOrigin>(['diagram', 'fix', 'import', 'url'])(
    'makes every %s change its own step, however quick',
    (origin) => {
      const session = new Session('a').edit('b', origin, 0).edit('c', origin, 10);
      expect(session.history.past).toEqual(['a', 'b']);
      session.undo();
      expect(session.text).toBe('b');
      session.undo();
      expect(session.text).toBe('a');
      expect(session.undo()).toBe(false);
    },
  );

  it('does not record init or undo/redo changes', () => {
    const session = new Session('a').edit('b', 'init', 0).edit('c', 'history', 10);
    expect(session.history).toBe(EMPTY_HISTORY);
  });

  it('groups typing in one form field within a second of each keystroke', () => {
    const session = new Session('image: x');
    ['g', 'gh', 'ghc', 'ghcr', 'ghcr.', 'ghcr.i', 'ghcr.io'].forEach((value, index) =>
      // 0.9 s apart: longer than a second in total, never a second between two keystrokes.
      session.edit(`image: ${value}`, 'form', index * 900, imageKey),
    );
    expect(session.history.past).toEqual(['image: x']);
    session.undo();
    expect(session.text).toBe('image: x');
    session.redo();
    expect(session.text).toBe('image: ghcr.io');
  });

  it('starts a new step after a pause of more than a second in the same field', () => {
    const session = new Session('a')
      .edit('ab', 'form', 0, imageKey)
      .edit('abc', 'form', 1001, imageKey);
    expect(session.history.past).toEqual(['a', 'ab']);
  });

  it('does not group form edits to different fields', () => {
    const session = new Session('a')
      .edit('b', 'form', 0, imageKey)
      .edit('c', 'form', 100, replicasKey)
      .edit('d', 'form', 200, imageKey);
    expect(session.history.past).toEqual(['a', 'b', 'c']);
  });

  it('does not group form edits without a key (a button, Format)', () => {
    const session = new Session('a').edit('b', 'form', 0).edit('c', 'form', 100);
    expect(session.history.past).toEqual(['a', 'b']);
  });

  it('groups typing in the YAML pane while it comes within a second', () => {
    const session = new Session('a')
      .edit('ab', 'yaml', 0)
      .edit('abc', 'yaml', 400)
      .edit('abcd', 'yaml', 800)
      .edit('abcde', 'yaml', 2000);
    expect(session.history.past).toEqual(['a', 'abcd']);
  });

  it('never groups across origins', () => {
    const session = new Session('a')
      .edit('b', 'yaml', 0)
      .edit('c', 'form', 10, imageKey)
      .edit('d', 'yaml', 20)
      .edit('e', 'fix', 30)
      .edit('f', 'form', 40, imageKey);
    expect(session.history.past).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does not group with a clock that went backwards', () => {
    const session = new Session('a').edit('b', 'yaml', 1000).edit('c', 'yaml', 500);
    expect(session.history.past).toEqual(['a', 'b']);
  });
});

describe('undo and redo', () => {
  it('walk back and forth through the steps', () => {
    const session = new Session('a')
      .edit('b', 'form', 0)
      .edit('c', 'diagram', 1)
      .edit('d', 'fix', 2);
    expect(session.undo() && session.undo()).toBe(true);
    expect(session.text).toBe('b');
    expect(canRedo(session.history)).toBe(true);
    session.redo();
    expect(session.text).toBe('c');
    session.redo();
    expect(session.text).toBe('d');
    expect(session.redo()).toBe(false);
    expect(session.history.past).toEqual(['a', 'b', 'c']);
  });

  it('clears redo on any new edit', () => {
    const session = new Session('a').edit('b', 'form', 0).edit('c', 'form', 5000);
    session.undo();
    expect(canRedo(session.history)).toBe(true);
    session.edit('x', 'yaml', 5001);
    expect(canRedo(session.history)).toBe(false);
    expect(session.history.past).toEqual(['a', 'b']);
  });

  it('makes the first edit after an undo a new step, even in the same field right away', () => {
    const session = new Session('a')
      .edit('ab', 'form', 0, imageKey)
      .edit('abc', 'form', 10, imageKey);
    session.undo();
    expect(session.text).toBe('a');
    session.edit('ax', 'form', 20, imageKey);
    session.edit('axy', 'form', 30, imageKey);
    expect(session.history.past).toEqual(['a']);
    session.undo();
    expect(session.text).toBe('a');
    expect(canRedo(session.history)).toBe(true);
  });

  it('makes the first edit after a redo a new step', () => {
    const session = new Session('a').edit('b', 'yaml', 0);
    session.undo();
    session.redo();
    session.edit('bc', 'yaml', 10);
    expect(session.history.past).toEqual(['a', 'b']);
  });
});

describe('the bound', () => {
  it('keeps the last 200 steps and drops the oldest', () => {
    const session = new Session('0');
    for (let i = 1; i <= 250; i++) session.edit(String(i), 'diagram', i);
    expect(session.history.past).toHaveLength(200);
    expect(session.history.past[0]).toBe('50');
    let undone = 0;
    while (session.undo()) undone++;
    expect(undone).toBe(200);
    expect(session.text).toBe('50');
    let redone = 0;
    while (session.redo()) redone++;
    expect(redone).toBe(200);
    expect(session.text).toBe('250');
  });

  it('takes a smaller limit', () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) {
      history = record(history, String(i), 'fix', i, undefined, { limit: 3, groupWindow: 1000 });
    }
    expect(history.past).toEqual(['2', '3', '4']);
  });
});

describe('groupKeyOf', () => {
  it('names the document and path of a set or a key rename', () => {
    expect(imageKey).toBeDefined();
    expect(imageKey).toBe(
      groupKeyOf([{ type: 'set', doc: 2, path: ['spec', 'image'], value: undefined }]),
    );
    expect(imageKey).not.toBe(replicasKey);
    expect(groupKeyOf([{ type: 'set', doc: 1, path: ['spec', 'image'], value: 'g' }])).not.toBe(
      imageKey,
    );
    expect(
      groupKeyOf([
        { type: 'renameKey', doc: 0, path: ['metadata', 'labels'], from: 'a', to: 'ab' },
      ]),
    ).toBe(
      groupKeyOf([
        { type: 'renameKey', doc: 0, path: ['metadata', 'labels'], from: 'ab', to: 'abc' },
      ]),
    );
  });

  it('keeps path segments apart: ["a.b"] is not ["a", "b"], 0 is not "0"', () => {
    const key = (path: (string | number)[]) =>
      groupKeyOf([{ type: 'set', doc: 0, path, value: 1 }]);
    expect(key(['a.b'])).not.toBe(key(['a', 'b']));
    expect(key(['ports', 0])).not.toBe(key(['ports', '0']));
  });

  it('gives no key to clicks: adding or removing items, or no command at all', () => {
    expect(
      groupKeyOf([{ type: 'append', doc: 0, path: ['spec', 'ports'], value: {} }]),
    ).toBeUndefined();
    expect(groupKeyOf([{ type: 'delete', doc: 0, path: ['spec', 'ports', 0] }])).toBeUndefined();
    expect(groupKeyOf([])).toBeUndefined();
  });
});
