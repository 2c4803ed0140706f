import { join } from 'node:path';
import { alpha, emphasize } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { theme } from '../app/theme';
import {
  COLOUR,
  OUTLINE_GREY,
  bare,
  cssFiles,
  hoverOutsideHoverMedia,
  lineAt,
  readCss,
  themeColours,
} from './css';

const SRC = join(import.meta.dirname, '..');

/**
 * The colours the files may write although the theme does not name them: MUI's own, computed
 * from the theme as MUI computes them (one is a literal in MUI), and the one the app chose.
 */
function notInTheme(): string[] {
  const { palette } = theme;
  const buttonColours = ['primary', 'secondary', 'error'] as const;
  const alertColours = ['success', 'info', 'warning', 'error'] as const;
  return [
    // OutlinedInput's border (outlined-field.css).
    OUTLINE_GREY,
    // Button's text and outlined hover background (button.css): the colour at the hover opacity.
    ...buttonColours.map((c) => alpha(palette[c].main, palette.action.hoverOpacity)),
    // Button's outlined border (button.css): the colour at half opacity.
    ...buttonColours.map((c) => alpha(palette[c].main, 0.5)),
    // Alert's text (alert.css): the severity's light colour darkened by 60 %.
    ...alertColours.map((c) => theme.darken(palette[c].light, 0.6)),
    // Alert's standard background (alert.css): the same colour lightened by 90 %.
    ...alertColours.map((c) => theme.lighten(palette[c].light, 0.9)),
    // SnackbarContent's background (snackbar.css): the default background emphasized by 80 %.
    emphasize(palette.background.default, 0.8),
    // Tooltip's bubble (hint.css).
    alpha(palette.grey[700], 0.92),
    // Link's underline (problems.css, the rule's help link).
    alpha(palette.primary.main, 0.4),
    // The drop overlay's veil (drop-zone.css): the app's own, the primary colour at 15 %.
    alpha(palette.primary.main, 0.15),
  ].map(bare);
}

/** Each colour written in a CSS file under src/, with where it is (`file:line`). */
function writtenColours(): { colour: string; at: string }[] {
  return cssFiles(SRC).flatMap((file) => {
    const css = readCss(SRC, file);
    return [...css.matchAll(COLOUR)].map((match) => ({
      colour: bare(match[0]),
      at: `src/${file}:${String(lineAt(css, match.index))}`,
    }));
  });
}

describe('the static CSS under src/', () => {
  it('is every .css file, nested folders included', () => {
    expect(cssFiles(SRC)).toEqual(
      expect.arrayContaining([
        'app/base.css',
        'app/controls/button.css',
        'features/forms/fields/outlined-field.css',
      ]),
    );
  });

  it('writes only the theme’s colours and the few listed that MUI derives from it', () => {
    const allowed = new Set([...themeColours(), ...notInTheme()]);
    const strays = writtenColours().filter(({ colour }) => !allowed.has(colour));
    expect(strays.map(({ colour, at }) => `${at}: ${colour}`)).toEqual([]);
  });

  it('uses each colour listed as not in the theme, so that the list stays short', () => {
    const written = new Set(writtenColours().map(({ colour }) => colour));
    for (const colour of notInTheme()) expect(written, colour).toContain(colour);
  });

  it('puts every hover style inside @media (hover: hover)', () => {
    const found = cssFiles(SRC).flatMap((file) =>
      hoverOutsideHoverMedia(readCss(SRC, file)).map((rule) => `src/${file}:${rule}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a hover style outside that media query, and not one inside it', () => {
    const css =
      '@media (hover: hover) {\n  .a:hover { color: red; }\n}\n.b:hover,\n.c { color: red; }\n';
    expect(hoverOutsideHoverMedia(css)).toEqual(['4: .b:hover,\n.c']);
  });
});
