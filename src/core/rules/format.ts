/**
 * How the rules quote what the user wrote in a message. One helper, so that every message shows
 * a value the same way.
 */

/** How a value appears in a message: as the user wrote it. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  // JSON.stringify gives undefined (despite its type) for undefined and functions.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}
