/**
 * Random edits for property tests of what a keystroke changes (the incremental parse, the kept
 * findings): deterministic, so that a failure names a seed and step that replay it.
 */

/** A small deterministic random source. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** What is typed: letters, YAML punctuation, a new document, directives. */
const INSERTS = [
  'a',
  'x',
  ' ',
  '\n',
  ':',
  '-',
  '#',
  "'",
  '"',
  '[',
  '{',
  '0',
  '\n---\n',
  '...',
  '%',
];

/** One random insertion, deletion or replacement somewhere in `text`. */
export function randomEdit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const choice = next();
  if (choice < 0.55) {
    const insert = INSERTS[Math.floor(next() * INSERTS.length)] ?? 'a';
    return text.slice(0, at) + insert + text.slice(at);
  }
  const length = 1 + Math.floor(next() * 3);
  if (choice < 0.85) return text.slice(0, at) + text.slice(at + length);
  return text.slice(0, at) + 'z'.repeat(length) + text.slice(at + length);
}

/** The texts of typing `typed` one character at a time right after `needle`. */
export function typeAfter(text: string, needle: string, typed: string): string[] {
  const at = text.indexOf(needle) + needle.length;
  return Array.from(
    { length: typed.length },
    (_, i) => text.slice(0, at) + typed.slice(0, i + 1) + text.slice(at),
  );
}
