import { createTheme } from '@mui/material/styles';

const focusRing = { outline: '3px solid #ffab00', outlineOffset: 2 } as const;

/**
 * The app theme. Focus must always be visible for keyboard users, so every focusable MUI
 * element gets a strong outline when focused from the keyboard, on top of MUI's own styles.
 */
export const theme = createTheme({
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
});
