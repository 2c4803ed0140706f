import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url));
const muiStyles = fileURLToPath(new URL('./node_modules/@mui/material/styles/', import.meta.url));
const createThemeShim = fileURLToPath(new URL('./src/app/mui/create-theme.ts', import.meta.url));

/**
 * MUI's `createTheme` and `ThemeProvider` bring the CSS-variables theme code with them (~7 kB
 * gzip of the first view) even for a theme without CSS variables, which they then hand to
 * `createThemeNoVars` and `ThemeProviderNoVars`. Those two are not in the package's exports, so
 * they are reached here by file (`src/app/theme.ts` and `main.tsx` use them; `theme.test.ts`
 * checks the theme is the one `createTheme` makes). tsconfig.json's `paths` gives TypeScript
 * the same two files.
 */
export const MUI_NO_VARS_ALIAS = {
  find: /^@mui\/material\/styles\/(createThemeNoVars|ThemeProviderNoVars)$/,
  replacement: `${muiStyles}$1.mjs`,
};

/**
 * MUI's own modules (its default theme, `Box`) call `createTheme` too. This points MUI's imports
 * of it at `src/app/mui/create-theme.ts`, which makes the same theme through `createThemeNoVars`
 * and refuses CSS-variables options.
 */
function muiThemesWithoutVars(): Plugin {
  return {
    name: 'kubewire-mui-themes-without-vars',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './createTheme.mjs' && importer?.includes('/@mui/material/styles/'))
        return createThemeShim;
      return null;
    },
  };
}

/**
 * The Content-Security-Policy of the built page: everything from the page's own origin only.
 * Styles may be inline because MUI (emotion), Monaco and React Flow set styles at run time;
 * Monaco's worker is a bundled file of the same origin; downloads use blob: URLs. Added to the
 * production build only: the dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kubewire-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The app is fully static: everything it needs is bundled, nothing is fetched from a CDN.
export default defineConfig({
  plugins: [react(), muiThemesWithoutVars(), contentSecurityPolicy()],
  resolve: {
    // monaco-editor's package exports map `./*` to `.js` files only; its CSS is reached directly.
    alias: [
      { find: /^monaco-editor\/esm\/(.*\.css)$/, replacement: `${monacoEsm}$1` },
      MUI_NO_VARS_ALIAS,
    ],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // What the first view needs in one file instead of ~27: over HTTP/1.1 a browser fetches
        // six at a time, and each round trip delayed the first form (a median 555 → 415 ms to
        // the first usable form over 7 alternating cold loads, `npm run bench`'s server).
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  worker: {
    format: 'es',
  },
});
