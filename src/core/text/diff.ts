/** The part of a text that changed: `before.slice(start, endBefore)` became `after.slice(start, endAfter)`. */
export interface TextChange {
  start: number;
  endBefore: number;
  endAfter: number;
}

/** Characters compared at once before going character by character (see changedSpan). */
const BLOCK = 512;

/**
 * The smallest single span that turns `before` into `after`, found by trimming the common
 * prefix and suffix. An editor that applies only this span keeps the cursor, the scroll position
 * and its undo history for everything else. Blocks are compared first (one string comparison
 * is one native call): a character loop over a megabyte took milliseconds per keystroke.
 */
export function changedSpan(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + BLOCK <= limit &&
    before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)
  )
    start += BLOCK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore - BLOCK >= start &&
    endAfter - BLOCK >= start &&
    before.slice(endBefore - BLOCK, endBefore) === after.slice(endAfter - BLOCK, endAfter)
  ) {
    endBefore -= BLOCK;
    endAfter -= BLOCK;
  }
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}
