import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is fully static: everything it needs is bundled, nothing is fetched from a CDN.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: {
    format: 'es',
  },
});
