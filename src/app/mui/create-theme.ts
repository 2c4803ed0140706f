import createThemeNoVars from '@mui/material/styles/createThemeNoVars';

type Options = NonNullable<Parameters<typeof createThemeNoVars>[0]>;

/**
 * Stands in for MUI's `createTheme` inside MUI (its default theme, `Box`): for options without
 * CSS variables or colour schemes `createTheme` hands them to `createThemeNoVars`, and kubewire
 * has no others. This makes the same theme without bundling the CSS-variables theme code (~4 kB
 * gzip of the first view). See `muiThemesWithoutVars` in vite.config.ts; `theme.test.ts` checks
 * the themes are the same.
 */
export default function createTheme(options: Options = {}, ...args: object[]) {
  if ('colorSchemes' in options || ('cssVariables' in options && options.cssVariables))
    throw new Error('kubewire bundles MUI without CSS-variables themes');
  return createThemeNoVars(options, ...args);
}
