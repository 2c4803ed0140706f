import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url));

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
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    // monaco-editor's package exports map `./*` to `.js` files only; its CSS is reached directly.
    alias: [{ find: /^monaco-editor\/esm\/(.*\.css)$/, replacement: `${monacoEsm}$1` }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: {
    format: 'es',
  },
});
