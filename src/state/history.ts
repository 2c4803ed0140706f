import type { EditCommand } from '../core';
import type { EditOrigin } from './store';

/**
 * Undo/redo over the manifest text, as a pure model: the store calls `record` before every
 * change of the text and `undo`/`redo` to move through it. The unit is the whole text (a
 * manifest is a few kilobytes; 200 of them are nothing), so undo restores exactly the bytes
 * the user had, comments and all, whichever pane the change came from.
 */

/** The step the next change may join: typing goes on in the same place. */
interface OpenGroup {
  origin: EditOrigin;
  /** For form edits: the place edited; changes to different places never merge. */
  key: string | undefined;
  /** When the last change of the group happened, in milliseconds. */
  at: number;
}

export interface History {
  /** The texts before each step, oldest first. */
  readonly past: readonly string[];
  /** The texts undone, the next one to redo last. */
  readonly future: readonly string[];
  /** The step that is still open for grouping, or null after undo/redo or a lone action. */
  readonly open: OpenGroup | null;
}

export interface HistoryOptions {
  /** How many steps are kept; the oldest are dropped. */
  limit: number;
  /** Changes closer together than this (ms) may be one step. */
  groupWindow: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = { limit: 200, groupWindow: 1000 };

export const EMPTY_HISTORY: History = { past: [], future: [], open: null };

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

/**
 * The grouping key of a form edit: the first command's document and path. Only `set` and
 * `renameKey` are typing (a text field, a key field); adding or removing items is a click, and
 * removing item 0 twice names the same path for two different items, so those never merge.
 */
export function groupKeyOf(commands: readonly EditCommand[]): string | undefined {
  const first = commands[0];
  if (!first || (first.type !== 'set' && first.type !== 'renameKey')) return undefined;
  return JSON.stringify([first.type, first.doc, first.path]);
}

/** Whether a change joins the open step instead of starting a new one. */
function joins(
  open: OpenGroup | null,
  origin: EditOrigin,
  key: string | undefined,
  now: number,
  window: number,
): boolean {
  if (!open || open.origin !== origin) return false;
  const elapsed = now - open.at;
  if (elapsed < 0 || elapsed > window) return false;
  // Typing in the YAML pane is one stream, wherever the cursor is; a form edit must stay in its field.
  if (origin === 'yaml') return true;
  if (origin === 'form') return key !== undefined && key === open.key;
  return false;
}

/**
 * Notes that the text is about to change from `previousText` by an edit from `origin` at time
 * `now` (ms). `key` names the place a form edit touched (see `groupKeyOf`). Any recorded change
 * clears redo; `init` and `history` changes leave the history as it is.
 */
export function record(
  history: History,
  previousText: string,
  origin: EditOrigin,
  now: number,
  key?: string,
  options: HistoryOptions = DEFAULT_HISTORY_OPTIONS,
): History {
  if (origin === 'init' || origin === 'history') return history;
  const open: OpenGroup = { origin, key, at: now };
  if (joins(history.open, origin, key, now, options.groupWindow)) {
    return { past: history.past, future: [], open };
  }
  const past = [...history.past, previousText];
  if (past.length > options.limit) past.splice(0, past.length - options.limit);
  return { past, future: [], open };
}

export interface Move {
  history: History;
  /** The text to show after the move. */
  text: string;
}

/** Takes back the last step from `currentText`, or null when there is nothing to undo. */
export function undo(history: History, currentText: string): Move | null {
  const text = history.past.at(-1);
  if (text === undefined) return null;
  return {
    text,
    // Whatever comes next is a new step, even if it is typing in the same place.
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, currentText],
      open: null,
    },
  };
}

/** Does again the last undone step, or null when there is nothing to redo. */
export function redo(history: History, currentText: string): Move | null {
  const text = history.future.at(-1);
  if (text === undefined) return null;
  return {
    text,
    history: {
      past: [...history.past, currentText],
      future: history.future.slice(0, -1),
      open: null,
    },
  };
}
