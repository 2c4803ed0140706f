import { defineConfig } from 'vitest/config';
import { MUI_NO_VARS_ALIAS } from './vite.config';

export default defineConfig({
  resolve: { alias: [MUI_NO_VARS_ALIAS] },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property and corpus tests run thousands of cases; a busy 2-core machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
