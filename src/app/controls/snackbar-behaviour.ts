/**
 * What MUI's Snackbar does besides drawing, without React so that a unit test can drive it: its
 * `useSnackbar` (the auto-hide timer, paused while the pointer or the focus is in the snackbar
 * or the window has lost the focus, Escape) and its `ClickAwayListener`. `Snackbar.tsx` calls
 * these from its effects and handlers, at the moments MUI's hooks run.
 */

/** Where the snackbar listens: the page's document and window (a test passes its own). */
export interface SnackbarPage {
  document: EventTarget & { documentElement: { clientWidth: number; clientHeight: number } };
  window: EventTarget;
}

export class SnackbarBehaviour {
  #onClose: () => void = () => undefined;
  #autoHideMs = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #page: () => SnackbarPage;

  constructor(page: () => SnackbarPage = () => ({ document, window })) {
    this.#page = page;
  }

  /** The latest props: a parent that passes a new `onClose` each render restarts nothing. */
  update(onClose: () => void, autoHideMs: number): void {
    this.#onClose = onClose;
    this.#autoHideMs = autoHideMs;
  }

  /**
   * From the moment the snackbar opens (or its time changes) until it closes: the timer runs,
   * Escape anywhere closes it (unless something took the key: `defaultPrevented`), and the
   * window losing the focus pauses the timer and getting it back resumes it. Returns what stops
   * them; the timer too, as MUI's effects do.
   */
  open(): () => void {
    const { document, window } = this.#page();
    this.#start(this.#autoHideMs);
    const onKeyDown = (event: Event) => {
      if (!event.defaultPrevented && (event as KeyboardEvent).key === 'Escape') this.#onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('focus', this.resume);
    window.addEventListener('blur', this.pause);
    return () => {
      this.pause();
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('focus', this.resume);
      window.removeEventListener('blur', this.pause);
    };
  }

  /** The pointer or the focus came into the snackbar, or the window lost the focus. */
  readonly pause = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  };

  /**
   * The pointer or the focus left, or the window got the focus back: the timer starts again
   * with half its time (MUI's default `resumeHideDuration`). As in MUI this also happens while
   * the snackbar leaves, and then asks again to close it.
   */
  readonly resume = (): void => {
    this.#start(this.#autoHideMs * 0.5);
  };

  #start(ms: number): void {
    this.pause();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#onClose();
    }, ms);
  }

  /**
   * While the snackbar is drawn (open, or leaving): a click or a tap outside `root` closes it
   * (MUI's ClickAwayListener, reason `clickaway`), but not the click that opened it (it starts
   * listening a task later), a click on the page's scrollbar, or a tap that ended a swipe.
   * Returns what stops it.
   */
  listenForClickAway(root: EventTarget): () => void {
    const { document } = this.#page();
    let active = false;
    let moved = false;
    const activate = setTimeout(() => {
      active = true;
    }, 0);
    const onEnd = (event: Event) => {
      if (!active || ('clientX' in event && onScrollbar(event as MouseEvent))) return;
      if (moved) {
        moved = false;
        return;
      }
      if (!event.composedPath().includes(root)) this.#onClose();
    };
    const onTouchMove = () => {
      moved = true;
    };
    const onScrollbar = ({ clientX, clientY }: MouseEvent) => {
      const { clientWidth, clientHeight } = document.documentElement;
      return clientWidth < clientX || clientHeight < clientY;
    };
    document.addEventListener('click', onEnd);
    document.addEventListener('touchend', onEnd);
    document.addEventListener('touchmove', onTouchMove);
    return () => {
      clearTimeout(activate);
      document.removeEventListener('click', onEnd);
      document.removeEventListener('touchend', onEnd);
      document.removeEventListener('touchmove', onTouchMove);
    };
  }
}
