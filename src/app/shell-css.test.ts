import { alpha } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { bare, COLOUR, readCss } from '../testing/css';
import { theme } from './theme';

/** The static CSS of the shell and its panels, which stands for MUI's styles of the theme. */
const FILES = [
  'shell.css',
  'panel.css',
  '../features/import/drop-zone.css',
  '../features/diagram/diagram-panel.css',
  '../features/yaml-editor/yaml-panel.css',
  '../features/forms/forms-panel.css',
];
const read = (file: string) => readCss(import.meta.dirname, file);

describe('the shell’s and panels’ CSS', () => {
  it('uses the theme’s colours', () => {
    const { palette } = theme;
    const allowed = new Set(
      [
        palette.primary.main,
        palette.primary.contrastText,
        palette.text.primary,
        palette.text.secondary,
        palette.divider,
        palette.grey[100],
        palette.background.paper,
        // The YAML status line's error: white on the error colour (4.98:1).
        palette.error.main,
        palette.error.contrastText,
        // The drop overlay's veil: the primary colour at 15 %.
        alpha(palette.primary.main, 0.15),
      ].map(bare),
    );
    for (const file of FILES) {
      const colours = read(file).match(COLOUR) ?? [];
      expect(colours.length, file).toBeGreaterThan(0);
      for (const colour of colours) expect(allowed, `${file}: ${colour}`).toContain(bare(colour));
    }
  });

  it('changes layout at the theme’s breakpoints', () => {
    const breakpoints = new Set(Object.values(theme.breakpoints.values));
    for (const file of FILES)
      for (const [, width] of read(file).matchAll(/@media[^{]*min-width:\s*(\d+)px/g))
        expect(breakpoints, `${file}: ${width}px`).toContain(Number(width));
    // The layouts of the `sx` props: the toolbar's gutters (sm), the two columns (md), the
    // tagline (xl).
    const shell = read('shell.css');
    for (const key of ['sm', 'md', 'xl'] as const)
      expect(shell).toContain(`(min-width: ${theme.breakpoints.values[key]}px)`);
  });
});
