/** Cold loads: what is downloaded before the first usable form, and when the page is usable. */
import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freshPage, openApp, PAGE_PROBES } from './browser';

export interface Request {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** When the response ended, in ms since navigation (Resource Timing). */
  responseEnd: number;
}

export interface LoadRun {
  formReady: number;
  monacoReady: number;
  requests: Request[];
}

/** The kind of a requested file, for the "loaded later" list. */
export function classify(file: string): string {
  if (/worker/i.test(file)) return 'worker';
  if (/YamlPane|codicon|\/yaml-/.test(file)) return 'Monaco';
  if (/Diagram/.test(file)) return 'diagram';
  if (/schema/i.test(file)) return 'schemas';
  return extname(file).slice(1) || 'other';
}

export async function coldLoad(browser: Browser, url: string, dist: string): Promise<LoadRun> {
  const { context, page } = await freshPage(browser, PAGE_PROBES);
  const requested = new Set<string>();
  const note = (address: string) => {
    if (!address.startsWith(url)) return;
    const path = new URL(address).pathname;
    requested.add(path === '/' ? '/index.html' : path);
  };
  page.on('response', (response) => note(response.url()));
  // A worker's script is fetched by the worker: Playwright reports it on the context.
  context.on('response', (response) => note(response.url()));
  const ready = await openApp(page, url);
  // Let the lazy chunks started during the load finish, so "later" is complete.
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => {
    const entries: { name: string; responseEnd: number }[] = [];
    for (const entry of performance.getEntriesByType('navigation') as PerformanceNavigationTiming[])
      entries.push({ name: '/index.html', responseEnd: entry.responseEnd });
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      entries.push({ name: new URL(entry.name).pathname, responseEnd: entry.responseEnd });
    return entries;
  });
  await context.close();
  const requests = await Promise.all(
    [...requested].map(async (file) => {
      const content = await readFile(join(dist, file)).catch(() => Buffer.alloc(0));
      const end = timing.find((entry) => entry.name === file)?.responseEnd;
      return {
        file,
        bytes: content.length,
        gzipBytes: gzipSync(content).length,
        // Worker scripts do not show in the page's Resource Timing: they start after the form.
        responseEnd: end ?? Number.POSITIVE_INFINITY,
      };
    }),
  );
  return { formReady: ready.formReady ?? NaN, monacoReady: ready.monacoReady ?? NaN, requests };
}
