import './notice.css';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { NoticeProps } from './notice-types';

/**
 * MUI's Snackbar with its transitions and click-away handling is ~6 kB gzip that no first view
 * needs: it loads the first time a notice shows. Should that fail (the server is gone, a new
 * version replaced the files), the notice is still shown, plainly.
 */
const NoticeSnackbar = lazy(() =>
  import('./NoticeSnackbar').catch(() => ({ default: PlainNotice })),
);

export function Notice(props: NoticeProps) {
  if (props.message === null) return null;
  return (
    <Suspense fallback={null}>
      <NoticeSnackbar {...props} />
    </Suspense>
  );
}

function PlainNotice({ message, onClose, autoHideMs, role }: NoticeProps) {
  // The latest onClose, so that a parent passing a new function each render does not restart
  // the timer.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const timer = window.setTimeout(() => close.current(), autoHideMs);
    return () => window.clearTimeout(timer);
  }, [message, autoHideMs]);
  return (
    <div role={role ?? 'status'} className="kw-plain-notice">
      {message}
    </div>
  );
}
