/** Opening a big manifest: the time until the Problems summary shows its diagnostics. */
import type { Browser } from '@playwright/test';
import { freshPage, openApp, PAGE_PROBES, probes } from './browser';

export interface ImportRun {
  /** ms from the paste event until the Problems summary text changed. */
  toDiagnostics: number;
  /** The longest main-thread task (Long Tasks API) between the paste and the diagnostics. */
  longestTask: number;
  /** ms from the paste until the YAML pane shows the new text too. */
  toSettled: number;
  /** The longest task from the paste until 1 s after the YAML pane showed the new text. */
  longestTaskUntilSettled: number;
  summary: string;
  /**
   * Where the time until the diagnostics went: ms the page measured reading the text, checking
   * it and showing it (src/state/phase-timing.ts); the rest is the paste's own handling, the
   * pauses between slices and React's render of the opened file.
   */
  phases: Record<ImportPhase, number>;
  /** The long tasks until 1 s after settling: ms from the paste to their start, and duration. */
  longTasks: { start: number; duration: number }[];
  /** Why the run did not finish, when it did not (the figures above are then NaN). */
  failure?: string;
}

export const IMPORT_PHASES = ['read', 'check', 'show'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

interface ImportProbe {
  t0: number;
  diagnostics: number | null;
  settled: number | null;
  summary: string;
}

const TIMEOUT_MS = 180_000;

export async function importRun(
  browser: Browser,
  url: string,
  text: string,
  firstName: string,
): Promise<ImportRun> {
  const { context, page } = await freshPage(browser, PAGE_PROBES);
  const status = { crashed: false };
  page.on('crash', () => (status.crashed = true));
  try {
    await openApp(page, url);
    await page.evaluate(
      ([value, name]) => {
        const summary = () => document.querySelector('#problems [aria-live]')?.textContent ?? '';
        const before = summary();
        const probe: ImportProbe = { t0: 0, diagnostics: null, settled: null, summary: '' };
        (window as unknown as { __import: ImportProbe }).__import = probe;
        const observer = new MutationObserver(() => {
          const now = performance.now();
          if (probe.diagnostics === null && summary() !== before) {
            probe.diagnostics = now;
            probe.summary = summary();
          }
          const lines = document.querySelector('[data-testid="yaml-editor"] .view-lines');
          const shown = (lines?.textContent ?? '').replace(/\u00a0/g, ' ');
          if (probe.settled === null && shown.includes(`name: ${name}`)) probe.settled = now;
          if (probe.diagnostics !== null && probe.settled !== null) observer.disconnect();
        });
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        // A task of its own, as a user's paste would be (not inside Playwright's evaluate).
        setTimeout(() => {
          const data = new DataTransfer();
          data.setData('text/plain', value);
          probe.t0 = performance.now();
          document.body.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
          );
        }, 0);
      },
      [text, firstName] as const,
    );
    const finished = await page
      .waitForFunction(
        () => {
          const probe = (window as unknown as { __import: ImportProbe }).__import;
          return probe.diagnostics !== null && probe.settled !== null;
        },
        undefined,
        { timeout: TIMEOUT_MS },
      )
      .then(() => true)
      .catch(() => false);
    if (!finished) {
      // The page may still be inside one task: ask, but do not wait for it.
      const state = await Promise.race([
        page.evaluate(() => JSON.stringify((window as unknown as { __import: unknown }).__import)),
        new Promise<string>((resolve) => setTimeout(() => resolve('main thread busy'), 5000)),
      ]).catch((error: unknown) => String(error));
      return {
        toDiagnostics: Number.NaN,
        longestTask: Number.NaN,
        toSettled: Number.NaN,
        longestTaskUntilSettled: Number.NaN,
        summary: '',
        phases: { read: Number.NaN, check: Number.NaN, show: Number.NaN },
        longTasks: [],
        failure: `${status.crashed ? 'the renderer crashed; ' : ''}not finished after ${String(TIMEOUT_MS / 1000)} s (page state: ${state})`,
      };
    }
    await page.waitForTimeout(1000);
    const probe = await page.evaluate(
      () => (window as unknown as { __import: ImportProbe }).__import,
    );
    const { longTasks } = await probes(page);
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
    );
    const longest = (until: number) =>
      Math.max(
        0,
        ...longTasks
          .filter((task) => task.start + task.duration >= probe.t0 && task.start <= until)
          .map((task) => task.duration),
      );
    const diagnostics = probe.diagnostics ?? Number.NaN;
    const settled = probe.settled ?? Number.NaN;
    return {
      toDiagnostics: diagnostics - probe.t0,
      longestTask: longest(diagnostics),
      toSettled: settled - probe.t0,
      longestTaskUntilSettled: longest(settled + 1000),
      summary: probe.summary,
      phases: Object.fromEntries(
        IMPORT_PHASES.map((phase) => [
          phase,
          measures
            .filter(
              (entry) =>
                entry.name === `kubewire:${phase}` &&
                entry.start >= probe.t0 &&
                entry.start <= diagnostics,
            )
            .reduce((sum, entry) => sum + entry.duration, 0),
        ]),
      ) as Record<ImportPhase, number>,
      longTasks: longTasks
        .filter((task) => task.start + task.duration >= probe.t0 && task.start <= settled + 1000)
        .map((task) => ({ start: Math.round(task.start - probe.t0), duration: task.duration })),
    };
  } finally {
    await context.close();
  }
}
