import { useCallback, useState } from 'react';
import { create } from 'zustand';

/**
 * Whether code that the user asked for could not be loaded: the page was opened before a new
 * version replaced its files, or the server is gone. One notice for the whole app says so.
 */
export const useLoadFailure = create<{ failed: boolean; dismiss: () => void }>()((set) => ({
  failed: false,
  dismiss: () => set({ failed: false }),
}));

/**
 * Code that is not needed to show and type in the first forms (dialogs, the ZIP export): a
 * separate chunk, fetched on first use. Buttons prefetch it on hover or focus, so that by the
 * click it is usually there already.
 */
export interface OnDemand<T> {
  /** The module once loaded, else null. */
  loaded: () => T | null;
  /** Loads the module once; null (and the app-wide notice) if it could not be loaded. */
  load: () => Promise<T | null>;
  /** Starts loading without waiting and without a notice: the user has not asked yet. */
  prefetch: () => void;
  /** Loads without a notice: for code the user has not asked for yet but a view waits on. */
  loadQuietly: () => Promise<T | null>;
}

/** `importer` is a dynamic `import()` of the module that holds the code. */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | null = null;
  let pending: Promise<T> | null = null;
  const fetchOnce = () => {
    pending ??= importer().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        // Forget the failure, so that the next attempt fetches again.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    loaded: () => module,
    load: () =>
      fetchOnce().catch(() => {
        useLoadFailure.setState({ failed: true });
        return null;
      }),
    prefetch: () => void fetchOnce().catch(() => undefined),
    loadQuietly: () => fetchOnce().catch(() => null),
  };
}

/**
 * The module of `demand` for rendering: null until it is loaded; `request` loads it (once) and
 * renders again with it. Resolves to the module, or null when it could not be loaded.
 */
export function useOnDemand<T>(demand: OnDemand<T>): [T | null, () => Promise<T | null>] {
  const [module, setModule] = useState<T | null>(demand.loaded);
  const request = useCallback(async () => {
    const loaded = await demand.load();
    if (loaded !== null) setModule(() => loaded);
    return loaded;
  }, [demand]);
  return [module, request];
}

/** Props that prefetch `demand` when the pointer or the keyboard focus reaches a button. */
export function prefetchProps(demand: OnDemand<unknown>): {
  onPointerEnter: () => void;
  onFocus: () => void;
} {
  return { onPointerEnter: demand.prefetch, onFocus: demand.prefetch };
}
