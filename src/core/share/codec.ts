import { Deflate, deflateSync, Inflate } from 'fflate';
import { piecesOf } from '../text/pieces';
import { SHARE_DICTIONARY } from './dictionary';
import {
  base64UrlDecode,
  base64UrlEncode,
  MAX_SHARE_HASH_LENGTH,
  MAX_SHARE_TEXT_BYTES,
  readParams,
  SHARE_FORMAT_VERSION,
  type ShareDecodeResult,
} from './link-format';

export {
  base64UrlDecode,
  base64UrlEncode,
  isShareable,
  MAX_SHARE_HASH_LENGTH,
  MAX_SHARE_TEXT_BYTES,
  SHARE_FORMAT_VERSION,
} from './link-format';
export type { ShareDecodeResult, ShareProblem } from './link-format';

/**
 * How much compressed input is inflated at a time. DEFLATE expands at most ~1032:1, so one step
 * can produce at most ~0.5 MB beyond the cap before the decoder notices and stops.
 */
const INFLATE_STEP_BYTES = 512;

/** The share hash of a manifest text, at maximum compression (links stay as short as DEFLATE can). */
export function encodeShareHash(text: string): string {
  const compressed = deflateSync(new TextEncoder().encode(text), {
    level: 9,
    mem: 12,
    dictionary: SHARE_DICTIONARY,
  });
  return `#v=${SHARE_FORMAT_VERSION}&m=${base64UrlEncode(compressed)}`;
}

/** How much text is compressed per step of `shareHashSteps` (a few ms of work). */
const DEFLATE_PIECE_CHARS = 32 * 1024;

/**
 * A share hash of a big text, compressed as steps (see ../slices.ts): a megabyte takes ~150 ms
 * to compress, too long for one task on the page (the address bar of a big file opened). The
 * stream ends a DEFLATE block at every piece, so the link is a little longer than
 * `encodeShareHash`'s (2% at 1 MB), and opens the same. Null when the text's UTF-8 is over `cap`
 * (by default what a link may carry, as `isShareable` says).
 */
export function* shareHashSteps(
  text: string,
  cap: number = MAX_SHARE_TEXT_BYTES,
): Generator<void, string | null> {
  // Every UTF-16 unit is at least a byte: a text this long is over the cap without encoding it.
  if (text.length > cap) return null;
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9, mem: 12, dictionary: SHARE_DICTIONARY }, (chunk) => {
    chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  let bytes = 0;
  const pieces = piecesOf(text, DEFLATE_PIECE_CHARS);
  let piece = pieces.next();
  for (;;) {
    const next = pieces.next();
    const encoded = encoder.encode(piece.done ? '' : piece.value);
    bytes += encoded.length;
    if (bytes > cap) return null;
    deflate.push(encoded, next.done === true);
    if (next.done) break;
    piece = next;
    yield;
  }
  return `#v=${SHARE_FORMAT_VERSION}&m=${base64UrlEncode(joined(chunks))}`;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Raw inflate in small steps, stopping as soon as the output passes the cap. */
function inflateCapped(compressed: Uint8Array): Uint8Array | 'too-large' | 'malformed' {
  if (compressed.length === 0) return 'malformed';
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate({ dictionary: SHARE_DICTIONARY }, (chunk) => {
    total += chunk.length;
    if (total <= MAX_SHARE_TEXT_BYTES) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, compressed.length);
      inflate.push(compressed.subarray(at, end), end === compressed.length);
      if (total > MAX_SHARE_TEXT_BYTES) return 'too-large';
    }
  } catch {
    // fflate throws on an invalid block, a bad code or an unexpected end of data (the last push
    // says it is the last, so a stream cut short is an error, not a wait for more).
    return 'malformed';
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Opens a share hash. Never throws; `no-manifest` means the hash is not a share link at all. */
export function decodeShareHash(hash: string): ShareDecodeResult {
  try {
    if (hash.length > MAX_SHARE_HASH_LENGTH) return { ok: false, problem: 'too-large' };
    const params = readParams(hash);
    if (params === 'malformed') return { ok: false, problem: 'malformed' };
    if (params.v === undefined && params.m === undefined)
      return { ok: false, problem: 'no-manifest' };
    // The version first: a future format may not even be base64url.
    if (params.v === undefined) return { ok: false, problem: 'malformed' };
    if (params.v !== SHARE_FORMAT_VERSION) return { ok: false, problem: 'unknown-version' };
    if (!params.m) return { ok: false, problem: 'malformed' };
    const compressed = base64UrlDecode(params.m);
    if (!compressed) return { ok: false, problem: 'malformed' };
    const bytes = inflateCapped(compressed);
    if (typeof bytes === 'string') return { ok: false, problem: bytes };
    try {
      // ignoreBOM keeps a leading U+FEFF: the text must come back byte for byte.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { ok: true, text };
    } catch {
      return { ok: false, problem: 'not-utf8' };
    }
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
