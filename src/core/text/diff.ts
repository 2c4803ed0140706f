/** The part of a text that changed: `before.slice(start, endBefore)` became `after.slice(start, endAfter)`. */
export interface TextChange {
  start: number;
  endBefore: number;
  endAfter: number;
}

/**
 * The smallest single span that turns `before` into `after`, found by trimming the common
 * prefix and suffix. An editor that applies only this span keeps the cursor, the scroll position
 * and its undo history for everything else.
 */
export function changedSpan(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
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
