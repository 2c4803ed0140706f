import './hint.css';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';

/** MUI's tooltip delay and distance from its anchor, so the hints look and feel the same. */
const ENTER_DELAY_MS = 100;
const GAP_PX = 14;
const EDGE_PX = 8;

export interface HintProps {
  /** The hint's text, shown under the control. */
  title: string;
  /**
   * Whether the text is also the control's accessible description (`aria-describedby`). Off
   * when the control's name already says the same thing.
   */
  describe?: boolean;
  /** The control, given the id of its description (undefined when `describe` is off). */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * A tooltip without Popper: shown after a short hover and on keyboard focus, hidden on leave,
 * blur, scroll and Escape. The first view needs a few of these, and MUI's Tooltip would bring
 * @popperjs/core and its transitions into the initial download. The wrapper is a box of its
 * own, so hovering works over a disabled button too (MUI disables its pointer events). Plain
 * elements in static CSS (hint.css): emotion compiled their styles while the first view rendered.
 */
export function Hint({ title, describe = false, children }: HintProps) {
  const descriptionId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const bubble = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [anchor, setAnchor] = useState<DOMRect | null>(null);

  const hide = () => {
    window.clearTimeout(timer.current);
    setAnchor(null);
  };
  const show = () => {
    const rect = wrapper.current?.getBoundingClientRect();
    if (rect) setAnchor(rect);
  };
  const onPointerEnter = (event: PointerEvent) => {
    // A tap is a click, not a hover: touch screens get no hint, as with MUI's default.
    if (event.pointerType === 'touch') return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(show, ENTER_DELAY_MS);
  };
  const onFocus = (event: FocusEvent) => {
    // Like MUI: a hint for keyboard focus, not for the focus a mouse click gives a button.
    if (event.target instanceof Element && event.target.matches(':focus-visible')) show();
  };

  // Under the control, centred and kept inside the window; above it when it fits there but
  // not below (as MUI's Popper flips). The gap is padding of the hint itself, so the pointer
  // can move onto the hint and stay (React counts the portal as inside the wrapper: no
  // pointerleave on the way).
  useLayoutEffect(() => {
    const element = tip.current;
    const inner = bubble.current;
    if (!element || !inner || !anchor) return;
    // Layout sizes: the bounding box would be scaled by the opening animation.
    const width = inner.offsetWidth;
    const height = inner.offsetHeight;
    const centred = anchor.left + anchor.width / 2 - width / 2;
    const left = Math.max(EDGE_PX, Math.min(centred, window.innerWidth - width - EDGE_PX));
    const fitsBelow = anchor.bottom + GAP_PX + height <= window.innerHeight - EDGE_PX;
    const below = fitsBelow || anchor.top - GAP_PX - height < EDGE_PX;
    element.style.left = `${String(left)}px`;
    element.style.top = `${String(below ? anchor.bottom : anchor.top - GAP_PX - height)}px`;
    element.style[below ? 'paddingTop' : 'paddingBottom'] = `${String(GAP_PX)}px`;
    inner.style.transformOrigin = below ? 'center top' : 'center bottom';
    element.style.visibility = 'visible';
  }, [anchor]);

  // While shown: Escape dismisses it (WCAG 1.4.13) and a scroll would leave it behind.
  const shown = anchor !== null;
  useEffect(() => {
    if (!shown) return;
    const dismiss = () => setAnchor(null);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', dismiss, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', dismiss, true);
    };
  }, [shown]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <span
      ref={wrapper}
      className="kw-hint"
      onPointerEnter={onPointerEnter}
      onPointerLeave={hide}
      onFocus={onFocus}
      onBlur={hide}
    >
      {children(describe ? descriptionId : undefined)}
      {/* Hidden text still describes the control: aria-describedby reads hidden elements. */}
      {describe && (
        <span id={descriptionId} hidden>
          {title}
        </span>
      )}
      {anchor !== null &&
        createPortal(
          <div ref={tip} aria-hidden className="kw-hint__tip">
            <div ref={bubble} className="kw-hint__bubble">
              {title}
            </div>
          </div>,
          document.body,
        )}
    </span>
  );
}
