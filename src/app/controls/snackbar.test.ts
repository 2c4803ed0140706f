import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emphasize } from '@mui/material/styles';
import { theme } from '../theme';
import { bare, declaration, pageFontFamily, readCss } from '../../testing/css';
import { ENTER_MS, EXIT_MS, Snackbar } from './Snackbar';
import { SnackbarBehaviour, type SnackbarPage } from './snackbar-behaviour';

const css = readCss(import.meta.dirname, 'snackbar.css');

/** MUI's Grow's `transition` for a duration (Grow.js, handleEnter and handleExit). */
function growTransition(duration: number, leaving: boolean): string {
  const { create, easing } = theme.transitions;
  return [
    create('opacity', { duration }),
    create('transform', {
      duration: duration * 0.666,
      delay: leaving ? duration * 0.333 : 0,
      easing: easing.easeInOut,
    }),
  ].join(',');
}

/** The rules inside every block that `header` opens (`@media …`, `@starting-style`). */
function insideAt(text: string, header: string): string {
  return text
    .split(header)
    .slice(1)
    .map((after) => {
      let depth = 0;
      for (let at = 0; at < after.length; at++) {
        if (after[at] === '{') depth++;
        else if (after[at] === '}' && --depth === 0) return after.slice(after.indexOf('{') + 1, at);
      }
      throw new Error(`${header} is not closed`);
    })
    .join('\n');
}

describe('the snackbar’s CSS', () => {
  it('draws the content as MUI’s SnackbarContent: a Paper at elevation 6, its colours', () => {
    const { palette, shadows, shape } = theme;
    const content = (property: string) => declaration(css, '.kw-snackbar__content', property);
    const background = emphasize(palette.background.default, 0.8);
    expect(bare(content('background-color'))).toBe(bare(background));
    expect(content('color')).toBe(palette.getContrastText(background));
    expect(bare(content('box-shadow'))).toBe(bare(shadows[6]));
    expect(content('border-radius')).toBe(`${String(shape.borderRadius)}px`);
    expect(content('padding')).toBe('6px 16px');
    expect(declaration(css, '.kw-snackbar__message', 'padding')).toBe('8px 0');
  });

  it('writes the content in Typography’s body2', () => {
    const { body2, fontFamily } = theme.typography;
    const content = (property: string) => declaration(css, '.kw-snackbar__content', property);
    // No font of its own: the content (a div) has the page's, the theme's.
    expect(() => content('font-family')).toThrow();
    expect(pageFontFamily()).toBe(fontFamily);
    expect(content('font-weight')).toBe(String(body2.fontWeight));
    expect(content('font-size')).toBe(body2.fontSize);
    expect(content('line-height')).toBe(String(body2.lineHeight));
  });

  it('places it as MUI’s Snackbar, bottom left, above everything but tooltips', () => {
    const root = (property: string) => declaration(css, '.kw-snackbar', property);
    expect(root('position')).toBe('fixed');
    expect(root('z-index')).toBe(String(theme.zIndex.snackbar));
    expect([root('left'), root('right'), root('bottom')]).toEqual(['8px', '8px', '8px']);
    // From MUI's `sm` breakpoint: 24 px from the corner, as wide as its text (at least 288 px).
    const sm = theme.breakpoints.up('sm').replace('@media ', '').replace(':', ': ');
    expect(sm).toBe('(min-width: 600px)');
    const wide = insideAt(css, `@media ${sm}`);
    expect(declaration(wide, '.kw-snackbar', 'left')).toBe('24px');
    expect(declaration(wide, '.kw-snackbar', 'right')).toBe('auto');
    expect(declaration(wide, '.kw-snackbar', 'bottom')).toBe('24px');
    expect(declaration(wide, '.kw-snackbar__content', 'min-width')).toBe('288px');
    expect(declaration(wide, '.kw-snackbar__content', 'flex-grow')).toBe('initial');
    expect(declaration(css, '.kw-snackbar__content', 'flex-grow')).toBe('1');
  });

  it('grows in and out as MUI’s Grow does with the Snackbar’s times', () => {
    const { enteringScreen, leavingScreen } = theme.transitions.duration;
    expect([ENTER_MS, EXIT_MS]).toEqual([enteringScreen, leavingScreen]);
    expect(bare(declaration(css, '.kw-snackbar--entering', 'transition'))).toBe(
      bare(growTransition(ENTER_MS, false)),
    );
    expect(bare(declaration(css, '.kw-snackbar--exiting', 'transition'))).toBe(
      bare(growTransition(EXIT_MS, true)),
    );
    // Grow's hidden styles: scale(0.75, 0.75²), transparent; first style on entering.
    const starting = insideAt(css, '@starting-style');
    for (const rules of [css, starting]) {
      const selector = rules === css ? '.kw-snackbar--exiting' : '.kw-snackbar--entering';
      expect(declaration(rules, selector, 'opacity')).toBe('0');
      expect(declaration(rules, selector, 'transform')).toBe('scale(0.75, 0.5625)');
    }
    expect(declaration(css, '.kw-snackbar--entering', 'transform')).toBe('scale(1, 1)');
  });

  it('does not reduce its motion, as MUI’s theme does not', () => {
    expect(theme.motion.reducedMotion).toBe('never');
    expect(css).not.toContain('prefers-reduced-motion');
  });
});

describe('Snackbar', () => {
  const render = (props: Partial<Parameters<typeof Snackbar>[0]>) =>
    renderToStaticMarkup(
      createElement(Snackbar, {
        message: 'Link copied',
        onClose: () => undefined,
        autoHideMs: 5000,
        ...props,
      }),
    );

  it('has MUI’s parts: the root, the content with its role (`status` unless told), the message', () => {
    expect(render({})).toBe(
      '<div role="presentation" class="kw-snackbar">' +
        '<div role="status" class="kw-snackbar__content kw-snackbar--entering">' +
        '<div class="kw-snackbar__message">Link copied</div></div></div>',
    );
    expect(render({ role: 'alert' })).toContain('<div role="alert" class="kw-snackbar__content');
  });

  it('draws nothing without a message', () => {
    expect(render({ message: null })).toBe('');
  });
});

describe('SnackbarBehaviour', () => {
  /** A document and a window of plain event targets; the viewport is 1000 × 700. */
  function fakePage() {
    const page = {
      document: Object.assign(new EventTarget(), {
        documentElement: { clientWidth: 1000, clientHeight: 700 },
      }),
      window: new EventTarget(),
    } satisfies SnackbarPage;
    return page;
  }

  /** An event with these fields, whose path (as `composedPath` gives it) is `path`. */
  function event(type: string, fields: object = {}, path: EventTarget[] = []) {
    const result = Object.assign(new Event(type, { cancelable: true }), fields);
    if (path.length > 0) Object.defineProperty(result, 'composedPath', { value: () => path });
    return result;
  }

  let page: ReturnType<typeof fakePage>;
  let onClose: ReturnType<typeof vi.fn<() => void>>;
  let behaviour: SnackbarBehaviour;
  let stop: (() => void)[];

  beforeEach(() => {
    vi.useFakeTimers();
    page = fakePage();
    onClose = vi.fn<() => void>();
    behaviour = new SnackbarBehaviour(() => page);
    behaviour.update(onClose, 5000);
    stop = [];
  });

  afterEach(() => {
    for (const cleanup of stop) cleanup();
    vi.useRealTimers();
  });

  describe('the timer', () => {
    it('closes it after its time, and not before', () => {
      stop.push(behaviour.open());
      vi.advanceTimersByTime(4999);
      expect(onClose).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('calls the latest onClose', () => {
      stop.push(behaviour.open());
      const latest = vi.fn<() => void>();
      behaviour.update(latest, 5000);
      vi.advanceTimersByTime(5000);
      expect(latest).toHaveBeenCalledOnce();
      expect(onClose).not.toHaveBeenCalled();
    });

    it('stops when it closes', () => {
      behaviour.open()();
      vi.advanceTimersByTime(10_000);
      expect(onClose).not.toHaveBeenCalled();
    });

    it('pauses while the pointer is on it, and then takes half its time', () => {
      stop.push(behaviour.open());
      vi.advanceTimersByTime(4000);
      behaviour.pause(); // The pointer comes in.
      vi.advanceTimersByTime(60_000);
      expect(onClose).not.toHaveBeenCalled();
      behaviour.resume(); // The pointer leaves.
      vi.advanceTimersByTime(2499);
      expect(onClose).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('pauses while the window has lost the focus, until it is back', () => {
      stop.push(behaviour.open());
      page.window.dispatchEvent(event('blur'));
      vi.advanceTimersByTime(60_000);
      expect(onClose).not.toHaveBeenCalled();
      page.window.dispatchEvent(event('focus'));
      vi.advanceTimersByTime(2500);
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('stops listening to the window when it closes', () => {
      behaviour.open()();
      page.window.dispatchEvent(event('focus'));
      vi.advanceTimersByTime(60_000);
      expect(onClose).not.toHaveBeenCalled();
    });
  });

  describe('Escape', () => {
    it('closes it, wherever the focus is', () => {
      stop.push(behaviour.open());
      page.document.dispatchEvent(event('keydown', { key: 'Enter' }));
      expect(onClose).not.toHaveBeenCalled();
      page.document.dispatchEvent(event('keydown', { key: 'Escape' }));
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('does not close it when something else took the key', () => {
      // Before the snackbar's listener, as a dialog's or the editor's on the way up would be.
      page.document.addEventListener('keydown', (taken) => taken.preventDefault());
      stop.push(behaviour.open());
      page.document.dispatchEvent(event('keydown', { key: 'Escape' }));
      expect(onClose).not.toHaveBeenCalled();
    });

    it('does nothing once it is closed', () => {
      behaviour.open()();
      page.document.dispatchEvent(event('keydown', { key: 'Escape' }));
      expect(onClose).not.toHaveBeenCalled();
    });
  });

  describe('a click away', () => {
    const root = new EventTarget();
    const inside = new EventTarget();
    const elsewhere = new EventTarget();
    const click = (path: EventTarget[], at = { clientX: 500, clientY: 300 }) =>
      page.document.dispatchEvent(event('click', at, [...path, page.document]));

    it('closes it, but not the click that opened it (in the same task)', () => {
      stop.push(behaviour.listenForClickAway(root));
      click([elsewhere]);
      expect(onClose).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      click([elsewhere]);
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('does not close it when the click is on it', () => {
      stop.push(behaviour.listenForClickAway(root));
      vi.advanceTimersByTime(0);
      click([inside, root]);
      expect(onClose).not.toHaveBeenCalled();
    });

    it('does not close it when the click is on the page’s scrollbar', () => {
      stop.push(behaviour.listenForClickAway(root));
      vi.advanceTimersByTime(0);
      click([elsewhere], { clientX: 1005, clientY: 300 });
      click([elsewhere], { clientX: 500, clientY: 705 });
      expect(onClose).not.toHaveBeenCalled();
    });

    it('closes it on a tap elsewhere, but not on one that ended a swipe', () => {
      stop.push(behaviour.listenForClickAway(root));
      vi.advanceTimersByTime(0);
      page.document.dispatchEvent(event('touchmove'));
      page.document.dispatchEvent(event('touchend', {}, [elsewhere, page.document]));
      expect(onClose).not.toHaveBeenCalled();
      page.document.dispatchEvent(event('touchend', {}, [elsewhere, page.document]));
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('does nothing once it has gone', () => {
      const cleanup = behaviour.listenForClickAway(root);
      vi.advanceTimersByTime(0);
      cleanup();
      click([elsewhere]);
      expect(onClose).not.toHaveBeenCalled();
    });
  });
});
