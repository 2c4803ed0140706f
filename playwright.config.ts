import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Playwright drives Debian's Chromium (`apt-get install chromium`): it cannot download its own
 * browsers here. KUBEWIRE_CHROMIUM overrides the path; set it to an empty string to use
 * Playwright's own browser where that is installed.
 */
const chromium = process.env.KUBEWIRE_CHROMIUM ?? '/usr/bin/chromium';
const executablePath = chromium !== '' && existsSync(chromium) ? chromium : undefined;
// Another port lets two runs share a machine (KUBEWIRE_E2E_PORT=4174 npm run test:e2e).
const port = Number(process.env.KUBEWIRE_E2E_PORT ?? 4173);
// And another build: KUBEWIRE_E2E_DIST=/tmp/build (built with `vite build --outDir /tmp/build`).
const dist = process.env.KUBEWIRE_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // A cold first load (the lazy Monaco chunk) can take most of 30 s on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // Not devices['Desktop Chrome']: its Windows user agent makes Monaco copy with CRLF.
      use: {
        browserName: 'chromium',
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // The production build, not the dev server: its first-run optimisation reloads pages mid-test.
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    // A server left from an earlier build would serve stale files: always start a fresh one.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
