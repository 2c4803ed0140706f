import { createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import createThemeWithoutVars from './mui/create-theme';
import { THEME_OPTIONS, theme } from './theme';

describe('the app theme', () => {
  it('is the theme createTheme makes from the same options (without its CSS-variables code)', () => {
    const reference = createTheme(THEME_OPTIONS);
    // A newer MUI that gave such a theme colour schemes or CSS variables would need the full
    // createTheme and ThemeProvider again.
    expect('colorSchemes' in reference).toBe(false);
    expect('vars' in reference).toBe(false);
    expect(JSON.stringify(theme)).toBe(JSON.stringify(reference));
    expect(theme.palette.primary.main).toBe('#1b5e9e');
  });

  it('MUI’s default theme, made without the CSS-variables code, is the one createTheme makes', () => {
    expect(JSON.stringify(createThemeWithoutVars())).toBe(JSON.stringify(createTheme()));
  });

  it('refuses CSS-variables options rather than making a different theme', () => {
    // `createTheme`'s own options type has them; the no-vars options type does not.
    const withVars = { cssVariables: true } as Parameters<typeof createThemeWithoutVars>[0];
    expect(() => createThemeWithoutVars(withVars)).toThrow(/CSS-variables/);
    expect(JSON.stringify(createThemeWithoutVars(THEME_OPTIONS))).toBe(
      JSON.stringify(createTheme(THEME_OPTIONS)),
    );
  });
});
