/**
 * Files a user opens, drops or pastes: what kubewire accepts, and why it refuses the rest.
 * Nothing here replaces the current manifest; the UI asks first.
 */

/** More than this is not a manifest anyone edits by hand, and would stall the page. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type IncomingProblem = 'too-large' | 'binary' | 'not-utf8' | 'empty';

export type IncomingFile =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; problem: IncomingProblem; bytes: number };

/**
 * Decodes one file. The text is kept exactly, a byte-order mark included, so that opening a file
 * and downloading it gives back the same bytes.
 */
export function readIncomingFile(name: string, bytes: Uint8Array): IncomingFile {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, name, problem: 'too-large', bytes: bytes.length };
  if (bytes.includes(0)) return { ok: false, name, problem: 'binary', bytes: bytes.length };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, name, problem: 'not-utf8', bytes: bytes.length };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return { ok: false, name, problem: 'empty', bytes: bytes.length };
  return { ok: true, name, text };
}

/** Pasted text goes through the same checks as a file. */
export function readPastedText(text: string): IncomingFile {
  return readIncomingFile('pasted text', new TextEncoder().encode(text));
}
