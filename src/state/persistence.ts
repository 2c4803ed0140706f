import { EXAMPLE_MANIFEST } from '../core';
import {
  carriesManifest,
  isShareable,
  NOT_A_LINK,
  type ShareDecodeResult,
} from '../core/share/link-format';
import { planLinkOpening, planStart } from '../core/share/start';
import {
  isPackedWork,
  packableHash,
  SAVED_WORK_KEY,
  serializePackedWork,
  serializeSavedWork,
  type Recoverable,
} from '../core/share/storage';
import { loadCodec, loadedCodec } from './share-codec';
import { useShare } from './share-state';
import { useManifest } from './store';
import { BIG_TEXT, nextPageTask, pageSlicer } from './page-slicer';
import type { Slicer } from '../core/slices';

/** Typing bursts are written once they pause: compressing and saving a big manifest takes time. */
const WRITE_DELAY_MS = 300;

/** localStorage, or null where reading it throws (storage disabled, sandboxed frame). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readSaved(): string | null {
  try {
    return storage()?.getItem(SAVED_WORK_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the work saved in this browser is packed (a big text), so that the DEFLATE code must
 * load before it can be shown: main.tsx loads it before the first render, as for a link.
 */
export function savedWorkIsPacked(): boolean {
  return isPackedWork(readSaved());
}

/** The page's own address, with the given hash (or none): what the address bar should carry. */
function addressWith(hash: string): string {
  return `${location.pathname}${location.search}${hash}`;
}

/** The link that opens the current manifest, or why there is none. */
export type ShareLinkResult =
  | { ok: true; link: string }
  /** `too-large`: the text does not fit in a link; `not-loaded`: the code could not be fetched. */
  | { ok: false; reason: 'too-large' | 'not-loaded' };

export async function currentShareLink(): Promise<ShareLinkResult> {
  const codec = await loadCodec();
  const { text } = useManifest.getState();
  if (!isShareable(text)) return { ok: false, reason: 'too-large' };
  if (!codec) return { ok: false, reason: 'not-loaded' };
  return { ok: true, link: `${location.origin}${location.pathname}${codec.encodeShareHash(text)}` };
}

/**
 * The address's hash, decoded; null when it carries a manifest but the DEFLATE code has not
 * loaded (main.tsx loads it before the first render when the page opens with a link).
 */
function decodedHash(): ShareDecodeResult | null {
  if (!carriesManifest(location.hash)) return NOT_A_LINK;
  return loadedCodec()?.decodeShareHash(location.hash) ?? null;
}

let running: { flush: () => void; stop: () => void } | null = null;

/** Writes pending autosave and address-bar changes now (e.g. before the page is hidden). */
export function flushPersistence(): void {
  running?.flush();
}

/**
 * Opens the app with the right text — the link in the address, else the work saved in this
 * browser, else the example — then keeps the address bar and the saved work in step with every
 * edit, and opens links pasted into the address bar of the open page. Never throws: anything
 * unexpected leaves the example (or what was already shown) in place.
 * Returns a function that stops it all (for tests). `slicer` runs the compression of a big
 * text's link (tests pass one that pauses where they say).
 */
export function startPersistence(slicer: Slicer = pageSlicer): () => void {
  running?.stop();
  let savedText: string | null = null;
  let savedRecoverable: Recoverable | null = null;
  let hashedText: string | null = null;
  let failing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set by stop(): a codec that arrives later must not act for a stopped run.
  let stopped = false;

  // A link in the address that could not be read yet because the code that reads links has not
  // loaded: while it waits, nothing is written over it, and it opens (as if pasted) as soon as
  // the code is there.
  let linkWaiting = false;
  // Saved work that is packed but could not be read, the code that unpacks it not having loaded:
  // it is never written over in this run (autosave says it failed), so it is not lost.
  let savedUnreadable = false;

  try {
    const link = decodedHash();
    if (link === null) waitForCodec();
    const saved = readSaved();
    const unpack = loadedCodec()?.decodeShareHash;
    if (!unpack && isPackedWork(saved)) {
      savedUnreadable = true;
      useShare.setState({ autosaveFailed: 'unreadable' });
    }
    const plan = planStart(link ?? NOT_A_LINK, saved, EXAMPLE_MANIFEST, unpack);
    useShare.setState({
      linkProblem: link === null ? 'not-loaded' : plan.linkProblem,
      recoverable: plan.recoverable,
    });
    // `init`, not `url`: the text the app opens with is where undo starts, so Undo cannot
    // step back from the link or the saved work to the example the store was created with.
    useManifest.getState().setText(plan.text, 'init');
    // A link in the address already says its text. What is stored needs no writing, and nor does
    // the example over a stored value that cannot be read (it may be another version's) until
    // the user changes something; a link is saved at once, with the work it replaced.
    if (plan.source === 'link') hashedText = plan.text;
    else {
      savedText = plan.text;
      savedRecoverable = plan.recoverable;
    }
  } catch {
    // Left as it is: the example, which the store starts with.
  }

  /** Writes the address for `text`; `hash` is its share hash when already computed (null: none). */
  const writeAddress = (text: string, hash?: string | null) => {
    if (text === hashedText) return;
    const codec = loadedCodec();
    if (!codec || linkWaiting) {
      // Written once the code is there; the address keeps what it had until then.
      if (!codec) waitForCodec();
      return;
    }
    const written =
      hash !== undefined ? hash : isShareable(text) ? codec.encodeShareHash(text) : null;
    // Replace, never push: edits must not fill the Back button's history.
    history.replaceState(history.state, '', addressWith(written ?? ''));
    hashedText = text;
  };

  /** Saves `text`, as `packed` (its share hash) when given, else as it is. */
  const writeSaved = (text: string, recoverable: Recoverable | null, packed?: string | null) => {
    if (savedUnreadable || (text === savedText && recoverable === savedRecoverable)) return;
    try {
      const store = storage();
      if (!store) throw new Error('no localStorage');
      store.setItem(
        SAVED_WORK_KEY,
        packed ? serializePackedWork(packed, recoverable) : serializeSavedWork(text, recoverable),
      );
      savedText = text;
      savedRecoverable = recoverable;
      if (failing) useShare.setState({ autosaveFailed: false });
      failing = false;
    } catch {
      // Storage full or disabled: say so once per run of failures, not on every keystroke.
      if (!failing) useShare.setState({ autosaveFailed: 'storage' });
      failing = true;
    }
  };

  // Counts the writes begun, so that a write in slices outdone by a later one is dropped.
  let writes = 0;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    writes++;
    try {
      const { text } = useManifest.getState();
      writeAddress(text);
      writeSaved(text, useShare.getState().recoverable);
    } catch {
      // A failed write must not break editing; the next change tries again.
    }
  };

  /**
   * `flush` for a big text, which would take long tasks (storing a megabyte as it is takes
   * ~60 ms, compressing it ~150 ms): the text is compressed in slices, then stored packed (its
   * share hash, a tenth of its size) and written to the address in a task of its own, unless it
   * changed meanwhile (the change writes again). Until then the previous work stays saved; a
   * flush (the page being hidden) saves the text as it is at once. A text the address already
   * carries is not compressed again; one too long for a link is stored as it is.
   */
  const flushInSlices = async () => {
    timer = undefined;
    const write = ++writes;
    const { text } = useManifest.getState();
    const current = () => write === writes && !stopped && useManifest.getState().text === text;
    try {
      const codec = loadedCodec();
      if (!codec) {
        writeSaved(text, useShare.getState().recoverable);
        writeAddress(text);
        return;
      }
      let hash: string | null = text === hashedText ? location.hash : null;
      if (!hash) {
        await nextPageTask();
        if (!current()) return;
        hash = await slicer.run(codec.shareHashSteps(text));
        if (!current()) return;
      }
      writeSaved(text, useShare.getState().recoverable, packableHash(text, hash));
      writeAddress(text, hash);
    } catch {
      // As in `flush`: the next change tries again.
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (useManifest.getState().text.length < BIG_TEXT) flush();
      else void flushInSlices();
    }, WRITE_DELAY_MS);
  };

  /**
   * Loads the code that reads and writes links, then opens the link that waited for it, or
   * writes the address. (Where the browser keeps a failed load, it never comes: the link stays
   * in the address bar, and the alert says to reload.)
   */
  function waitForCodec() {
    if (decodedHash() === null) linkWaiting = true;
    void loadCodec().then((codec) => {
      if (!codec || stopped) return;
      if (linkWaiting) onHashChange();
      else schedule();
    });
  }

  function onHashChange() {
    if (stopped) return;
    try {
      const link = decodedHash();
      if (link === null) {
        useShare.setState({ linkProblem: 'not-loaded' });
        waitForCodec();
        return;
      }
      linkWaiting = false;
      const { text } = useManifest.getState();
      const opening = planLinkOpening(link, text, EXAMPLE_MANIFEST);
      switch (opening.kind) {
        case 'open':
          useShare.setState({
            linkProblem: null,
            recoverable: opening.recoverable ?? useShare.getState().recoverable,
          });
          hashedText = opening.text;
          useManifest.getState().setText(opening.text, 'url');
          break;
        case 'same':
          useShare.setState({ linkProblem: null });
          break;
        case 'problem':
          useShare.setState({ linkProblem: opening.problem });
          hashedText = null;
          schedule();
          break;
        case 'not-a-link':
          // The address no longer carries the manifest: put it back.
          hashedText = null;
          schedule();
          break;
      }
    } catch {
      // Keep the current work.
    }
  }

  const onPageHide = () => flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const unsubscribeText = useManifest.subscribe((state, previous) => {
    if (state.text !== previous.text) schedule();
  });
  const unsubscribeShare = useShare.subscribe((state, previous) => {
    if (state.recoverable !== previous.recoverable) schedule();
  });
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  // The address bar carries the manifest from the start, not only after the first edit.
  schedule();

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribeText();
    unsubscribeShare();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
    if (running?.stop === stop) running = null;
  };
  running = { flush, stop };
  return stop;
}
