/** Debian's Chromium through Playwright's library API, one fresh context per measurement. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

const path = process.env.KUBEWIRE_CHROMIUM ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: path !== '' && existsSync(path) ? path : undefined,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new context (empty cache, storage and cookies) and page, with the HTTP cache disabled. */
export async function freshPage(
  browser: Browser,
  initScript?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  // A page with hundreds of forms can keep the main thread busy for many seconds.
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (initScript !== undefined) await page.addInitScript(initScript);
  return { context, page };
}

/** Installed before any page script: long tasks and the moments the page becomes usable. */
export const PAGE_PROBES = `(() => {
  // tsx (esbuild keepNames) wraps functions that Playwright sends to the page in __name().
  globalThis.__name ??= (target) => target;
  const bench = { longTasks: [], formReady: null, monacoReady: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const imageInput = () => {
    for (const label of document.querySelectorAll('label')) {
      if (label.textContent.replace(/[\\s*\\u00a0]+$/, '').trim() !== 'Image') continue;
      const input = label.htmlFor ? document.getElementById(label.htmlFor) : null;
      if (input instanceof HTMLInputElement && !input.disabled && !input.readOnly) return input;
    }
    return null;
  };
  const check = () => {
    const now = performance.now();
    if (bench.formReady === null && imageInput()) bench.formReady = now;
    if (bench.monacoReady === null) {
      const lines = document.querySelector('[data-testid="yaml-editor"] .view-lines');
      if (lines && lines.textContent.replace(/\\u00a0/g, ' ').includes('kind: Ingress')) bench.monacoReady = now;
    }
    if (bench.formReady !== null && bench.monacoReady !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export interface PageProbes {
  longTasks: { start: number; duration: number }[];
  formReady: number | null;
  monacoReady: number | null;
}

export async function probes(page: Page): Promise<PageProbes> {
  return page.evaluate(() => (window as unknown as { __bench: PageProbes }).__bench);
}

/** Opens the app and waits until the form and the Monaco pane are both usable. */
export async function openApp(page: Page, url: string): Promise<PageProbes> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __bench?: PageProbes }).__bench;
      return bench?.formReady != null && bench.monacoReady != null;
    },
    undefined,
    { timeout: 60_000 },
  );
  await page
    .locator('[data-testid="diagram"] .react-flow__edge')
    .first()
    .waitFor({ state: 'attached' });
  return probes(page);
}
