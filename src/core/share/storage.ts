/**
 * The work kept in the browser's storage (localStorage), as versioned JSON. The key carries the
 * version too, so a future format can live beside this one while it migrates. Whatever is stored
 * may have been written by another version, another app on the same origin or a hand in DevTools:
 * reading it never throws, and anything unexpected reads as "nothing saved".
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
  | { readonly ok: false; readonly problem: 'absent' | 'corrupt' | 'unknown-version' };

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readRecoverable(value: unknown): Recoverable | undefined {
  if (!isRecord(value) || typeof value.text !== 'string') return undefined;
  if (value.kind !== 'previous-work' && value.kind !== 'linked') return undefined;
  return { kind: value.kind, text: value.text };
}

/** Reads what `serializeSavedWork` wrote; a broken `recoverable` is dropped, not the work. */
export function parseSavedWork(raw: string | null | undefined): SavedWorkRead {
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
  if (typeof value.text !== 'string') return { ok: false, problem: 'corrupt' };
  const savedAt = typeof value.savedAt === 'string' ? value.savedAt : '';
  const recoverable = readRecoverable(value.recoverable);
  return {
    ok: true,
    work: {
      version: SAVED_WORK_VERSION,
      text: value.text,
      savedAt,
      ...(recoverable ? { recoverable } : {}),
    },
  };
}
