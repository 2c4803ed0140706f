import { changedSpan } from '../../core';
import { runSliced } from '../../core/slices';
import { piecesOf } from '../../core/text/pieces';
import { BIG_TEXT, nextPageTask, pageSlicer } from '../../state/page-slicer';
import { monaco } from './monaco';

type Model = ReturnType<typeof monaco.editor.createModel>;

/**
 * A change of `BIG_TEXT` characters or more is written into the model over several tasks, in
 * pieces of this size (a 1,000-object file opened: Monaco takes ~200 ms to take in a megabyte in
 * one edit, and a 64 kB piece into a big model took ~50 ms on a slow day); a smaller change (a
 * quick fix that rewrites the manifest, a profile switch) is written at once, like a keystroke.
 * The pieces make one undo step all the same (Monaco joins edits until a stack element is pushed).
 */
const PIECE = 24 * 1024;

/**
 * Writes the store's texts into the model as the one span that changed, so the cursor, the
 * scroll position and Monaco's undo history are kept.
 */
export interface ModelWriter {
  /** Writes `text`; a big change goes on in later tasks (see `onPending`). */
  write(text: string): void;
  /** Writes the pieces still pending now: before reading the model at the store's offsets. */
  finish(): void;
  /** The model's text changed by typing: it is now `text`. */
  typed(text: string): void;
  /** Whether the change being made to the model is this writer's (not the user typing). */
  readonly writing: boolean;
  /** Whether a big change is still being written: the model is not the store's text yet. */
  readonly pending: boolean;
  /** Stops writing pieces (the model is going away). */
  dispose(): void;
}

/** `onPending` is told when a big change starts and stops being written in pieces. */
export function modelWriter(model: Model, onPending: (pending: boolean) => void): ModelWriter {
  // The text the model holds, or will hold once the pending pieces are in: reading it back from
  // the model on every keystroke would join all its lines into a new string.
  let modelText = model.getValue();
  let writing = false;
  let pieces: Generator<void, void> | undefined;
  let disposed = false;

  type Range = InstanceType<typeof monaco.Range>;

  /** Replaces `range` by `text`; returns where the inserted text ends in the model. */
  const replace = (range: Range, text: string) => {
    let end = range.getStartPosition();
    writing = true;
    try {
      model.pushEditOperations([], [{ range, text }], (inverse) => {
        // The inverse edit's range is the inserted text as the model holds it (line endings
        // made the model's own), so the next piece goes after it, wherever that is.
        const inserted = inverse[0]?.range;
        if (inserted) end = inserted.getEndPosition();
        return null;
      });
    } finally {
      writing = false;
    }
    return end;
  };

  const rangeAt = (from: number, to: number) => {
    const start = model.getPositionAt(from);
    const end = model.getPositionAt(to);
    return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  };

  function* inPieces(range: Range, text: string): Generator<void, void> {
    let first = true;
    let end = range.getStartPosition();
    for (const piece of piecesOf(text, PIECE)) {
      if (!first) yield;
      if (disposed) return;
      end = replace(first ? range : monaco.Range.fromPositions(end), piece);
      first = false;
    }
  }

  const finish = () => {
    if (!pieces) return;
    const rest = pieces;
    pieces = undefined;
    try {
      runSliced(rest);
    } finally {
      onPending(false);
    }
  };

  return {
    write(text) {
      finish();
      const span = changedSpan(modelText, text);
      modelText = text;
      if (!span) return;
      const inserted = text.slice(span.start, span.endAfter);
      const range = rangeAt(span.start, span.endBefore);
      if (inserted.length < BIG_TEXT) {
        replace(range, inserted);
        return;
      }
      const steps = inPieces(range, inserted);
      pieces = steps;
      onPending(true);
      // Even the first piece waits for a task of its own: the store update that brought the
      // text is a long task already (every pane shows the new text in it).
      void nextPageTask()
        .then(() => pageSlicer.run(steps))
        .catch(() => undefined)
        .then(() => {
          // Finished early by `finish` (which said so), or stopped by `dispose`.
          if (pieces !== steps) return;
          pieces = undefined;
          onPending(false);
        });
    },
    finish,
    typed(text) {
      modelText = text;
    },
    get writing() {
      return writing;
    },
    get pending() {
      return pieces !== undefined;
    },
    dispose() {
      disposed = true;
      pieces = undefined;
    },
  };
}
