import { MAX_SHARE_HASH_LENGTH, type ShareDecodeResult } from './link-format';

/**
 * The work kept in the browser's storage (localStorage), as versioned JSON. The key carries the
 * version too, so a future format can live beside this one while it migrates. Whatever is stored
 * may have been written by another version, another app on the same origin or a hand in DevTools:
 * reading it never throws, and anything unexpected reads as "nothing saved".
 *
 * A big text is stored packed: as its share hash (DEFLATE, see ./codec.ts), which the page
 * computes for the address bar anyway. Storing a megabyte as it is took a 60-70 ms task on every
 * pause in typing; its packed form is about a tenth of that.
 */
export const SAVED_WORK_KEY = 'kubewire.work.v1';
export const SAVED_WORK_VERSION = 1;

/** Which text the restore action offers: the work a link replaced, or the link it replaced back. */
export type RecoverableKind = 'previous-work' | 'linked';

export interface Recoverable {
  readonly kind: RecoverableKind;
  readonly text: string;
}

export interface SavedWork {
  readonly version: typeof SAVED_WORK_VERSION;
  /** The manifest text, exactly. */
  readonly text: string;
  /** When it was saved, as an ISO 8601 string. */
  readonly savedAt: string;
  /** Text the user can still get back, until they dismiss the offer. */
  readonly recoverable?: Recoverable;
}

export type SavedWorkRead =
  | { readonly ok: true; readonly work: SavedWork }
  | {
      readonly ok: false;
      /** `needs-codec`: packed, and read without the code that unpacks it. */
      readonly problem: 'absent' | 'corrupt' | 'unknown-version' | 'needs-codec';
    };

/** Opens a share hash (`decodeShareHash` of ./codec.ts, loaded lazily, so passed in). */
export type Unpack = (hash: string) => ShareDecodeResult;

/** How a packed entry starts: `serializePackedWork` writes `version` and `packed` first. */
const PACKED_START = `{"version":${String(SAVED_WORK_VERSION)},"packed":`;

/** Whether a stored value is packed work, which needs the DEFLATE code to be read. */
export function isPackedWork(raw: string | null | undefined): boolean {
  return raw?.startsWith(PACKED_START) ?? false;
}

export function serializeSavedWork(
  text: string,
  recoverable: Recoverable | null,
  now: Date = new Date(),
): string {
  const work: SavedWork = {
    version: SAVED_WORK_VERSION,
    text,
    savedAt: now.toISOString(),
    ...(recoverable ? { recoverable: { kind: recoverable.kind, text: recoverable.text } } : {}),
  };
  return JSON.stringify(work);
}

/** A UTF-16 unit of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * `hash` (the share hash of `text`, or null for none) when the work may be stored packed as it:
 * when it opens again, and to exactly `text`. Else null, and the text is stored as it is.
 */
export function packableHash(text: string, hash: string | null): string | null {
  if (hash === null || hash.length > MAX_SHARE_HASH_LENGTH) return null;
  // UTF-8 cannot carry a lone surrogate: such a text would come back with U+FFFD in its place.
  return LONE_SURROGATE.test(text) ? null : hash;
}

/** Saved work whose text is given as `packed`, its share hash (the text must open from it). */
export function serializePackedWork(
  packed: string,
  recoverable: Recoverable | null,
  now: Date = new Date(),
): string {
  return JSON.stringify({
    version: SAVED_WORK_VERSION,
    packed,
    savedAt: now.toISOString(),
    ...(recoverable ? { recoverable: { kind: recoverable.kind, text: recoverable.text } } : {}),
  });
}

/** The text of a stored entry: as it is, or unpacked. */
function textOf(
  value: Record<string, unknown>,
  unpack: Unpack | undefined,
): { text: string } | { problem: 'corrupt' | 'needs-codec' } {
  if (typeof value.text === 'string') return { text: value.text };
  if (typeof value.packed !== 'string') return { problem: 'corrupt' };
  if (!unpack) return { problem: 'needs-codec' };
  const opened = unpack(value.packed);
  return opened.ok ? { text: opened.text } : { problem: 'corrupt' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRecoverable(value: unknown): Recoverable | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') return undefined;
  if (value.kind !== 'previous-work' && value.kind !== 'linked') return undefined;
  return { kind: value.kind, text: value.text };
}

/**
 * Reads what `serializeSavedWork` or `serializePackedWork` wrote (packed work with `unpack`); a
 * broken `recoverable` is dropped, not the work.
 */
export function parseSavedWork(raw: string | null | undefined, unpack?: Unpack): SavedWorkRead {
  if (raw === null || raw === undefined || raw === '') return { ok: false, problem: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (!isRecord(value)) return { ok: false, problem: 'corrupt' };
  if (value.version !== SAVED_WORK_VERSION) {
    return {
      ok: false,
      problem: typeof value.version === 'number' ? 'unknown-version' : 'corrupt',
    };
  }
  const read = textOf(value, unpack);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const { text } = read;
  const savedAt = typeof value.savedAt === 'string' ? value.savedAt : '';
  const recoverable = readRecoverable(value.recoverable);
  return {
    ok: true,
    work: {
      version: SAVED_WORK_VERSION,
      text,
      savedAt,
      ...(recoverable ? { recoverable } : {}),
    },
  };
}
