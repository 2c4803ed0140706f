import createThemeNoVars from '@mui/material/styles/createThemeNoVars';

export const focusRing = { outline: '3px solid #ffab00', outlineOffset: 2 } as const;

/**
 * The app theme's options. Focus must always be visible for keyboard users, so every focusable
 * MUI element gets a strong outline when focused from the keyboard, on top of MUI's own styles.
 */
export const THEME_OPTIONS = {
  palette: {
    primary: { main: '#1b5e9e' },
    secondary: { main: '#00695c' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", sans-serif',
  },
  components: {
    MuiButtonBase: {
      styleOverrides: {
        root: { '&.Mui-focusVisible': focusRing },
      },
    },
    MuiCssBaseline: {
      styleOverrides: {
        'select:focus-visible, a:focus-visible, [tabindex]:focus-visible': focusRing,
      },
    },
  },
} as const;

/**
 * Made by what `createTheme` itself calls for options without CSS variables or colour schemes
 * (see MUI_NO_VARS_ALIAS in vite.config.ts): the same theme, without the CSS-variables code.
 */
export const theme = createThemeNoVars(THEME_OPTIONS);

/**
 * What `ThemeProvider` hands to `ThemeProviderNoVars` for such a theme: `vars: null` keeps an
 * outer CSS-variables theme from leaking in.
 */
export const providedTheme = { ...theme, vars: null };
