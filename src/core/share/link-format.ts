/**
 * The share link: `#v=1&m=<payload>`, where the payload is base64url (RFC 4648 §5, no padding)
 * of raw DEFLATE (RFC 1951) of the UTF-8 manifest text, compressed with the preset dictionary of
 * ./dictionary.ts (links made without it open too). Decoding is defensive: a link comes from
 * anyone, so nothing here throws, and neither a long link nor a small one that inflates to a
 * huge text can make the page allocate more than the caps below.
 *
 * This file is the format without the compression (constants, types, base64url, the hash's
 * parameters), apart from ./codec.ts so that the page can tell whether it was opened with a
 * link, and whether a text fits in one, before loading the DEFLATE code.
 */
export const SHARE_FORMAT_VERSION = '1';

/** The longest hash the decoder looks at; longer ones are refused before any parsing. */
export const MAX_SHARE_HASH_LENGTH = 1_000_000;

/** The most bytes a link may inflate to: the decoder stops as soon as the output passes it. */
export const MAX_SHARE_TEXT_BYTES = 2 * 1024 * 1024;

export type ShareProblem =
  'malformed' | 'unknown-version' | 'too-large' | 'not-utf8' | 'no-manifest';

export type ShareDecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: ShareProblem };

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64URL.length; i++) BASE64URL_VALUE[BASE64URL.charCodeAt(i)] = i;

/** Base64url (RFC 4648 §5) without padding. */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64URL.charAt(n >> 18) + BASE64URL.charAt((n >> 12) & 63);
    out += BASE64URL.charAt((n >> 6) & 63) + BASE64URL.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += BASE64URL.charAt(n >> 18) + BASE64URL.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += BASE64URL.charAt(n >> 18) + BASE64URL.charAt((n >> 12) & 63);
    out += BASE64URL.charAt((n >> 6) & 63);
  }
  return out;
}

/**
 * Decodes unpadded base64url; null for any other character, for padding, and for a length no
 * encoder produces (4k + 1). Leftover bits must be zero, so each text has exactly one encoding.
 */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (BASE64URL_VALUE[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

/** Whether a text can travel in a link that this decoder will open again. */
export function isShareable(text: string): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: skip the encoding when it cannot exceed the cap.
  if (text.length * 3 <= MAX_SHARE_TEXT_BYTES) return true;
  return new TextEncoder().encode(text).length <= MAX_SHARE_TEXT_BYTES;
}

/**
 * Reads `v` and `m` from a hash (`#` optional). Other parameters are ignored, so a link can gain
 * parameters later without breaking older readers; a repeated `v` or `m` is ambiguous and refused.
 */
export function readParams(hash: string): { v?: string; m?: string } | 'malformed' {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params: { v?: string; m?: string } = {};
  if (body === '') return params;
  for (const part of body.split('&')) {
    const equals = part.indexOf('=');
    const key = equals === -1 ? part : part.slice(0, equals);
    if (key !== 'v' && key !== 'm') continue;
    if (params[key] !== undefined || equals === -1) return 'malformed';
    params[key] = part.slice(equals + 1);
  }
  return params;
}

/**
 * Whether decoding the hash can find anything: false only for a hash that is no share link at
 * all (decoding it would say `no-manifest`), which needs no DEFLATE code to tell.
 */
export function carriesManifest(hash: string): boolean {
  if (hash.length > MAX_SHARE_HASH_LENGTH) return true;
  const params = readParams(hash);
  return params === 'malformed' || params.v !== undefined || params.m !== undefined;
}

/** What decoding a hash that does not `carriesManifest` gives. */
export const NOT_A_LINK: ShareDecodeResult = { ok: false, problem: 'no-manifest' };
