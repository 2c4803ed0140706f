/**
 * Props equality for memoised fields: like React's shallow comparison, except that arrays
 * (paths, built anew by every parent render) are compared item by item.
 */
export function sameProps<P extends object>(previous: P, next: P): boolean {
  const a = previous as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((key) => sameItem(a[key], b[key]));
}

function sameItem(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => Object.is(item, b[index]));
}
