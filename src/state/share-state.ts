import { create } from 'zustand';
import type { LinkProblem, Recoverable } from '../core/share';
import { useManifest } from './store';

/** What the share link and autosave have to tell the user; the text itself lives in useManifest. */
/** What stops a link from opening: the link itself, or code that reads links not loading. */
export type ShownLinkProblem = LinkProblem | 'not-loaded';

export type AutosaveFailure = 'storage' | 'unreadable';

export interface ShareState {
  /** The link the user opened cannot be read; the previous work is still shown. */
  linkProblem: ShownLinkProblem | null;
  /** Text replaced by opening a link (or the link replaced by restoring), to get back. */
  recoverable: Recoverable | null;
  /**
   * Autosave is not working, and the user has not dismissed it: `storage`, the last write failed
   * (storage full or disabled); `unreadable`, the saved work could not be opened (the code that
   * unpacks it did not load), so it is kept and nothing is saved over it.
   */
  autosaveFailed: AutosaveFailure | false;
  dismissLinkProblem: () => void;
  /** Forgets the recoverable text, in this page and in the saved work. */
  dismissRecoverable: () => void;
  /** Swaps the shown text with the recoverable one, so the swap can itself be undone. */
  restore: () => void;
  dismissAutosaveFailure: () => void;
}

export const useShare = create<ShareState>()((set, get) => ({
  linkProblem: null,
  recoverable: null,
  autosaveFailed: false,
  dismissLinkProblem: () => set({ linkProblem: null }),
  dismissRecoverable: () => set({ recoverable: null }),
  restore: () => {
    const { recoverable } = get();
    if (!recoverable) return;
    const current = useManifest.getState().text;
    const kind = recoverable.kind === 'previous-work' ? 'linked' : 'previous-work';
    // The offer changes first, so the autosave that follows the text change keeps both texts.
    set({ recoverable: { kind, text: current } });
    useManifest.getState().setText(recoverable.text, 'url');
  },
  dismissAutosaveFailure: () => set({ autosaveFailed: false }),
}));
