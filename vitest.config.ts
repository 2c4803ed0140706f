import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property and corpus tests run thousands of cases; a busy 2-core machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
