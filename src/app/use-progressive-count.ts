import { startTransition, useEffect, useState } from 'react';

/** Items rendered in the first task: about a screenful, whatever the list's length (the rest follow in batches). */
const FIRST_ITEMS = 20;
/** Items added per later batch (rendered in slices, as a transition). */
const MORE_ITEMS = 50;

export interface ProgressiveOptions {
  /** Changes when the list is replaced by another: it is then built anew from the start. */
  epoch?: unknown;
  /** Items that must be shown now (one the user asked to see). */
  atLeast?: number;
}

/**
 * How many of `total` items to render now, when `built` of them were rendered before (0 for a
 * list just replaced): every item when few are missing (an object added, a list being typed
 * in), else what was built, at least a first screenful and at least `atLeast`.
 */
export function itemsToShow(total: number, built: number, atLeast = 0): number {
  const wanted = total - built <= MORE_ITEMS / 4 ? total : Math.max(built, FIRST_ITEMS, atLeast);
  return Math.min(total, wanted);
}

/** How many items a batch after `shown` of `total` brings the list to. */
export function nextBatch(total: number, shown: number): number {
  return Math.min(total, shown + MORE_ITEMS);
}

/**
 * How many of a list's `total` items to render now: all of them, but a long list that appears
 * at once (a 1,000-object file opened) over several tasks, a batch each, so that the page keeps
 * answering input and painting while the rest of the list is built. A list that grows by a few
 * items (an object added) shows them at once, and one that is being typed in never waits.
 */
export function useProgressiveCount(total: number, options: ProgressiveOptions = {}): number {
  const { epoch, atLeast = 0 } = options;
  const [built, setBuilt] = useState(() => ({ shown: Math.min(total, FIRST_ITEMS), epoch }));
  const shown = built.epoch === epoch ? built.shown : 0;
  const now = itemsToShow(total, shown, atLeast);
  useEffect(() => {
    if (now >= total) {
      if (built.shown !== total || built.epoch !== epoch) setBuilt({ shown: total, epoch });
      return;
    }
    // A transition: React renders the batch in slices of a few milliseconds, giving the thread
    // back between them, and a keystroke meanwhile goes first.
    const timer = setTimeout(
      () => startTransition(() => setBuilt({ shown: nextBatch(total, now), epoch })),
      0,
    );
    return () => clearTimeout(timer);
  }, [built, epoch, now, total]);
  return now;
}
