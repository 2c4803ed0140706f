import './snackbar.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { NoticeProps } from '../notice-types';
import { SnackbarBehaviour } from './snackbar-behaviour';

/**
 * The phases of MUI's Grow around the snackbar's content, each a class in snackbar.css: drawn
 * `entering` (its first style is the hidden one, so opacity and scale transition to full), then
 * `entered` after ENTER_MS; `exiting` when the message goes, and nothing after EXIT_MS.
 */
type Phase = 'entering' | 'entered' | 'exiting' | 'exited';

/** MUI's Snackbar's transition times: theme.transitions.duration.enteringScreen, leavingScreen. */
export const ENTER_MS = 225;
export const EXIT_MS = 195;

/**
 * A short message at the bottom left that goes away by itself, as MUI's Snackbar with its
 * SnackbarContent draws it and behaves, as plain elements and static CSS (snackbar.css):
 * MUI's loaded its chunk, created the theme and inserted emotion's styles in the tasks that
 * show an opened file. Its parts are MUI's: the root (`presentation`) placed on the page, the
 * content (a Paper) with the role, and the message. The timer, Escape and a click elsewhere
 * close it (snackbar-behaviour.ts); a new message while it shows replaces the text, and the
 * last one stays while it leaves.
 */
export function Snackbar({ message, onClose, autoHideMs, role = 'status' }: NoticeProps) {
  const open = message !== null;
  const [behaviour] = useState(() => new SnackbarBehaviour());
  const [phase, setPhase] = useState<Phase>(open ? 'entering' : 'exited');
  const [shown, setShown] = useState(message);
  if (message !== null && message !== shown) setShown(message);
  // A message comes (back): enter, from where it was if it was leaving; it goes: leave.
  if (open && (phase === 'exiting' || phase === 'exited')) setPhase('entering');
  if (!open && (phase === 'entering' || phase === 'entered')) setPhase('exiting');
  const drawn = phase !== 'exited';
  const root = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => behaviour.update(onClose, autoHideMs));
  // autoHideMs restarts the timer, as a new autoHideDuration does MUI's.
  useEffect(() => (open ? behaviour.open() : undefined), [behaviour, open, autoHideMs]);
  useEffect(() => {
    const element = root.current;
    return drawn && element ? behaviour.listenForClickAway(element) : undefined;
  }, [behaviour, drawn]);
  useEffect(() => {
    if (phase !== 'entering' && phase !== 'exiting') return;
    const timer = setTimeout(
      () => setPhase(phase === 'entering' ? 'entered' : 'exited'),
      phase === 'entering' ? ENTER_MS : EXIT_MS,
    );
    return () => clearTimeout(timer);
  }, [phase]);

  if (!drawn) return null;
  return (
    <div
      ref={root}
      role="presentation"
      className="kw-snackbar"
      onMouseEnter={behaviour.pause}
      onMouseLeave={behaviour.resume}
      onFocus={behaviour.pause}
      onBlur={behaviour.resume}
    >
      <div role={role} className={`kw-snackbar__content kw-snackbar--${phase}`}>
        <div className="kw-snackbar__message">{shown}</div>
      </div>
    </div>
  );
}
