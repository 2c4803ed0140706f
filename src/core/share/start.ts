import type { ShareDecodeResult, ShareProblem } from './link-format';
import { parseSavedWork, type Recoverable, type Unpack } from './storage';

/** What is wrong with a link the user opened; `no-manifest` is not a link at all, so not here. */
export type LinkProblem = Exclude<ShareProblem, 'no-manifest'>;

export interface StartPlan {
  /** The text to show: the link's, else the saved work, else the example. */
  readonly text: string;
  readonly source: 'link' | 'saved' | 'example';
  /** A link was given but cannot be opened: say so, and show the previous work instead. */
  readonly linkProblem: LinkProblem | null;
  /** Text the user can get back with "Restore previous work" (or return to the link). */
  readonly recoverable: Recoverable | null;
}

/** Whether a text is something the user made: anything but nothing and the untouched example. */
export function isOwnWork(text: string, example: string): boolean {
  return text.trim() !== '' && text !== example;
}

function differentFrom(recoverable: Recoverable | undefined, text: string): Recoverable | null {
  return recoverable && recoverable.text !== text ? recoverable : null;
}

/**
 * Decides what the app opens with: a link wins over the saved work, which wins over the example.
 * Opening a link never loses the saved work: when that differs, it becomes recoverable. `link`
 * is the address's hash, decoded (the caller loads the DEFLATE code only for a hash that
 * `carriesManifest`; for any other, `NOT_A_LINK`). `unpack` reads packed saved work.
 */
export function planStart(
  link: ShareDecodeResult,
  savedRaw: string | null,
  example: string,
  unpack?: Unpack,
): StartPlan {
  const saved = parseSavedWork(savedRaw, unpack);
  const savedText = saved.ok ? saved.work.text : null;
  const savedRecoverable = saved.ok ? saved.work.recoverable : undefined;
  if (link.ok) {
    const displaced =
      savedText !== null && savedText !== link.text && isOwnWork(savedText, example)
        ? { kind: 'previous-work' as const, text: savedText }
        : null;
    return {
      text: link.text,
      source: 'link',
      linkProblem: null,
      recoverable: displaced ?? differentFrom(savedRecoverable, link.text),
    };
  }
  const text = savedText ?? example;
  return {
    text,
    source: savedText === null ? 'example' : 'saved',
    linkProblem: link.problem === 'no-manifest' ? null : link.problem,
    recoverable: differentFrom(savedRecoverable, text),
  };
}

export type LinkOpening =
  | { readonly kind: 'not-a-link' }
  | { readonly kind: 'problem'; readonly problem: LinkProblem }
  | { readonly kind: 'same' }
  | { readonly kind: 'open'; readonly text: string; readonly recoverable: Recoverable | null };

/** A link pasted into the address bar of an open page (decoded): what to do with the current text. */
export function planLinkOpening(
  link: ShareDecodeResult,
  current: string,
  example: string,
): LinkOpening {
  if (!link.ok) {
    return link.problem === 'no-manifest'
      ? { kind: 'not-a-link' }
      : { kind: 'problem', problem: link.problem };
  }
  if (link.text === current) return { kind: 'same' };
  return {
    kind: 'open',
    text: link.text,
    recoverable: isOwnWork(current, example) ? { kind: 'previous-work', text: current } : null,
  };
}
