import { describe, expect, it } from 'vitest';
import { alpha } from '@mui/material/styles';
import { theme } from '../../app/theme';
import { declaration, FOCUS_RING, readCss, sameQuotes } from '../../testing/css';

const css = readCss(import.meta.dirname, 'problems.css');

describe('the Problems panel’s CSS', () => {
  const { palette, typography } = theme;

  it('colours each severity’s icon as MUI’s SvgIcon does', () => {
    for (const severity of ['error', 'warning', 'info'] as const)
      expect(declaration(css, `.kw-severity-icon--${severity}`, 'color')).toBe(
        palette[severity].main,
      );
  });

  it('uses the theme’s colours for the entries', () => {
    expect(declaration(css, '.kw-problems__failure', 'color')).toBe(palette.error.main);
    expect(declaration(css, '.kw-problem__location', 'color')).toBe(palette.text.secondary);
    expect(declaration(css, '.kw-problem__rule', 'background-color')).toBe(palette.grey[100]);
    expect(declaration(css, '.kw-problem', 'border-bottom')).toBe(`1px solid ${palette.divider}`);
    expect(declaration(css, '.kw-problem__show:hover', 'background-color')).toBe(
      palette.action.hover,
    );
    expect(declaration(css, '.kw-problem__show:focus-visible', 'background-color')).toBe(
      palette.action.focus,
    );
    expect(declaration(css, '.kw-problem__help', 'color')).toBe(palette.primary.main);
    expect(declaration(css, '.kw-problem__help', 'text-decoration-color')).toBe(
      alpha(palette.primary.main, 0.4),
    );
  });

  it('sets the theme’s body2 and caption type', () => {
    expect(sameQuotes(declaration(css, '.kw-problem__message', 'font-family'))).toBe(
      typography.fontFamily,
    );
    expect(declaration(css, '.kw-problem__message', 'font-size')).toBe(typography.body2.fontSize);
    expect(declaration(css, '.kw-problem__message', 'line-height')).toBe(
      String(typography.body2.lineHeight),
    );
    expect(declaration(css, '.kw-problem__location', 'font-size')).toBe(
      typography.caption.fontSize,
    );
    expect(declaration(css, '.kw-problem__location', 'line-height')).toBe(
      String(typography.caption.lineHeight),
    );
  });

  it('shows the theme’s keyboard focus ring on an entry, inside it (the entry clips its paint)', () => {
    const selector = '.kw-problem__show:focus-visible';
    expect(declaration(css, selector, 'outline')).toBe(FOCUS_RING.outline);
    // As far inside the edge as the ring is wide: all of it shows within the entry.
    expect(declaration(css, selector, 'outline-offset')).toBe(
      `-${FOCUS_RING.outline.split(' ')[0]}`,
    );
  });
});
