import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useManifest, type ManifestState } from './store';

interface Last<T> {
  state: ManifestState;
  selector: (state: ManifestState) => T;
  value: T;
}

/**
 * Like `useManifest(selector)`, but a component renders again only when what it selects
 * changed by `equal` (value equality by default is up to the caller): a selector may build a
 * new array or object on every call without making its component render on every keystroke.
 *
 * React asks every subscriber on every store change, and again while rendering: the answer
 * for a state already asked about is kept, so each selector runs once per change.
 */
export function useManifestSelector<T>(
  selector: (state: ManifestState) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  // The last value handed out, so that an equal one is answered with the same reference.
  const last = useRef<Last<T> | null>(null);
  const getSnapshot = useCallback(() => {
    const state = useManifest.getState();
    const previous = last.current;
    if (previous === null) {
      const value = selector(state);
      last.current = { state, selector, value };
      return value;
    }
    if (previous.state === state && previous.selector === selector) return previous.value;
    const next = selector(state);
    // Updated in place: this runs for every subscriber on every keystroke.
    previous.state = state;
    previous.selector = selector;
    if (!equal(previous.value, next)) previous.value = next;
    return previous.value;
  }, [selector, equal]);
  return useSyncExternalStore(useManifest.subscribe, getSnapshot, getSnapshot);
}
