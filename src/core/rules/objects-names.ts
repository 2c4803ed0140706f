/**
 * Helpers shared by the object rules: a repaired name to offer as a quick fix, and the API
 * server's own error line, so that a user can match our message with what kubectl printed.
 */
import { formatPath } from '../schema/validate';
import type { Path } from '../yaml/edit';

/**
 * `value` lowercased, with every run of characters a DNS name cannot hold turned into one '-',
 * and leading/trailing separators dropped: `My_Server` → `my-server`. Returned only when
 * `isValid` accepts it and it differs from `value`; a name that cannot be repaired this way
 * (too long, starting with a digit where a letter is needed) gets no suggestion rather than a
 * made-up one.
 */
export function repairedName(
  value: string,
  isValid: (candidate: string) => boolean,
  allowDots = false,
): string | undefined {
  const invalid = allowDots ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g;
  const candidate = value
    .toLowerCase()
    .replace(invalid, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return candidate !== value && candidate !== '' && isValid(candidate) ? candidate : undefined;
}

/** The API server's rejection, e.g. `metadata.name: Invalid value: "My_App"`. */
export function apiInvalid(path: Path, value: unknown): string {
  return `${formatPath([...path])}: Invalid value: ${JSON.stringify(value)}`;
}

/** "it must …, and it must …" from the problems a names.ts check returns. */
export function problemsText(problems: readonly string[]): string {
  return problems.map((problem) => `it ${problem}`).join(', and ');
}
