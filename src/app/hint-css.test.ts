import { describe, expect, it } from 'vitest';
import { alpha } from '@mui/material/styles';
import { declaration, readCss, sameQuotes } from '../testing/css';
import { theme } from './theme';

const css = readCss(import.meta.dirname, 'hint.css');

describe('the hint’s CSS', () => {
  it('draws the bubble as MUI’s Tooltip does, from the theme', () => {
    const { palette, typography, zIndex } = theme;
    const bubble = (property: string) => declaration(css, '.kw-hint__bubble', property);
    expect(bubble('background-color')).toBe(alpha(palette.grey[700], 0.92));
    expect(bubble('color')).toBe(palette.common.white);
    expect(sameQuotes(bubble('font-family'))).toBe(typography.fontFamily);
    expect(bubble('font-size')).toBe(typography.pxToRem(11));
    expect(bubble('font-weight')).toBe(String(typography.fontWeightMedium));
    expect(bubble('border-radius')).toBe(`${String(theme.shape.borderRadius)}px`);
    expect(declaration(css, '.kw-hint__tip', 'z-index')).toBe(String(zIndex.tooltip));
  });

  it('has the animation the bubble names, and none for reduced motion', () => {
    expect(declaration(css, '.kw-hint__bubble', 'animation')).toMatch(/^kw-hint-grow /);
    expect(css).toContain('@keyframes kw-hint-grow');
    expect(css).toMatch(
      /prefers-reduced-motion: reduce\)\s*\{\s*\.kw-hint__bubble\s*\{\s*animation: none;/,
    );
  });
});
