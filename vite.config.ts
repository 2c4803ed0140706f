import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/', import.meta.url));

// The app is fully static: everything it needs is bundled, nothing is fetched from a CDN.
export default defineConfig({
  plugins: [react()],
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
