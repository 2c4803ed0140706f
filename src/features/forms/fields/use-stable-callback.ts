import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback that never changes and calls the latest `handler`: an event handler passed down
 * this way does not make a memoised child render again whenever its parent does.
 */
export function useStableCallback<A extends unknown[], R>(
  handler: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
