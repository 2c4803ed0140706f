/**
 * Structural sharing between two derivations of the manifest: `keepEqual(previous, next)` is
 * `next`, except that every part equal in value to the same part of `previous` is `previous`'s
 * object. After a keystroke only the edited path gets new objects, so a component that selects
 * an unchanged part sees the same reference and does not render again.
 *
 * Only plain objects and arrays are merged; anything else (class instances, functions) is
 * compared by reference.
 */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const merged: unknown[] = next.map((item: unknown, index) => keepEqual(previous[index], item));
    const same =
      previous.length === merged.length && merged.every((item, index) => item === previous[index]);
    return (same ? previous : merged) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const merged: Record<string, unknown> = {};
    for (const key of keys) {
      const value = keepEqual(previous[key], next[key]);
      merged[key] = value;
      if (same && (value !== previous[key] || !(key in previous))) same = false;
    }
    return (same ? previous : merged) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Value equality of plain data (what `keepEqual` would share). */
export function equalValues(a: unknown, b: unknown): boolean {
  return keepEqual(a, b) === a;
}
