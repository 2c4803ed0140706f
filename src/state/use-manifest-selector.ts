import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useManifest, type ManifestState } from './store';

/**
 * Like `useManifest(selector)`, but a component renders again only when what it selects
 * changed by `equal` (value equality by default is up to the caller): a selector may build a
 * new array or object on every call without making its component render on every keystroke.
 */
export function useManifestSelector<T>(
  selector: (state: ManifestState) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  // The last value handed out, so that an equal one is answered with the same reference.
  const last = useRef<{ value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const next = selector(useManifest.getState());
    const previous = last.current;
    if (previous && equal(previous.value, next)) return previous.value;
    last.current = { value: next };
    return next;
  }, [selector, equal]);
  return useSyncExternalStore(useManifest.subscribe, getSnapshot, getSnapshot);
}
