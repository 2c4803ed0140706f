import { useEffect } from 'react';
import { useManifest } from '../../state/store';

/** The parts of a keydown that name a shortcut. */
export interface KeyChord {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether the user is on a Mac, where the shortcuts use ⌘ rather than Ctrl. */
export function isApplePlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/**
 * The history command a key chord asks for: Ctrl/⌘+Z undoes; Ctrl/⌘+Shift+Z and Ctrl+Y redo.
 * The letter is read from `key`, so it follows the keyboard layout (Z on AZERTY is where W is
 * on QWERTY); layouts without Latin letters fall back to the physical key.
 */
export function historyCommandFor(chord: KeyChord): 'undo' | 'redo' | null {
  // Exactly one of Ctrl and ⌘: Ctrl+⌘+Z is not an undo anywhere.
  if (chord.altKey || chord.ctrlKey === chord.metaKey) return null;
  const letter = /^[a-z]$/i.test(chord.key)
    ? chord.key.toLowerCase()
    : ({ KeyZ: 'z', KeyY: 'y' } as Partial<Record<string, string>>)[chord.code];
  if (letter === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && chord.ctrlKey && !chord.shiftKey) return 'redo';
  return null;
}

/**
 * Whether a keydown at `target` is left to someone else's undo: Monaco keeps its own history
 * (typing there is grouped by Monaco, and its undo moves the cursor back), and a dialog's
 * fields are not the manifest, which is hidden behind the dialog anyway.
 * Form fields are NOT left alone: they are controlled inputs whose value comes from the
 * manifest, so the browser's own undo would replay stale values as new edits.
 */
export function hasOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('.monaco-editor, [role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y anywhere on the page (outside the YAML pane and dialogs)
 * undo and redo the manifest, whichever pane made the change. Call it once, in the App.
 */
export function useHistoryKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || hasOwnUndo(event.target)) return;
      const command = historyCommandFor(event);
      if (!command) return;
      // Also when there is nothing to undo: the browser's own undo of a field would be wrong here.
      event.preventDefault();
      const state = useManifest.getState();
      if (command === 'undo') state.undo();
      else state.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
