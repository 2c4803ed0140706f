/**
 * Edit latency, measured inside the page: from a keystroke's keydown `event.timeStamp` until the
 * YAML pane (or the form, when typing in the YAML), the diagram and the Problems list all show
 * the new value. A MutationObserver and a requestAnimationFrame loop check after every change.
 */
import type { Browser, Page } from '@playwright/test';
import { freshPage, openApp, PAGE_PROBES } from './browser';
import { chunkProfile, type ChunkTime } from './profile';

export type EditSource = 'form' | 'yaml';

/** What the page must show after one keystroke. */
interface Expectation {
  /** The YAML line (trimmed) that must be on screen, or null when typing in the YAML pane. */
  yamlLine: string | null;
  /** The id of the form input and the value it must hold, or null when typing in the form. */
  formId: string | null;
  formValue: string;
  /** Text both the diagram edge's label and the Problems entry must contain. */
  needle: string;
}

export interface EditRun {
  /** ms from keydown until all three panes show the keystroke. */
  latencies: number[];
  /**
   * Animation frames that began between the keydown and the moment all three panes showed it:
   * 0 when everything was updated in the keystroke's own task, 1 when the last pane was updated
   * in the first frame after it (still painted in that frame), 2 or more when a pane lagged.
   */
  frames: number[];
  profile: ChunkTime[];
}

interface Probe {
  results: { total: number; frames: number }[];
  arm: (expectation: Expectation) => void;
  pending: () => string;
}

/** Installs the keystroke probe in the page (once). */
function installProbe(): void {
  const w = window as unknown as { __edit?: Probe };
  if (w.__edit) return;
  let armed: Expectation | null = null;
  let t0 = 0;
  let frames = 0;
  const seen = { yaml: 0, form: 0, diagram: 0, problems: 0 };
  const visibleLine = (line: string) => {
    for (const element of document.querySelectorAll('[data-testid="yaml-editor"] .view-line'))
      if (element.textContent.replace(/\u00a0/g, ' ').trim() === line) return true;
    return false;
  };
  const contains = (selector: string, needle: string, aria: boolean) => {
    for (const element of document.querySelectorAll(selector)) {
      const text = aria ? element.getAttribute('aria-label') : element.textContent;
      if (text?.includes(needle)) return true;
    }
    return false;
  };
  const check = () => {
    const e = armed;
    if (!e || t0 === 0) return;
    const now = performance.now();
    if (!seen.yaml && (e.yamlLine === null || visibleLine(e.yamlLine))) seen.yaml = now;
    if (!seen.form) {
      const input = e.formId === null ? null : document.getElementById(e.formId);
      if (e.formId === null || (input instanceof HTMLInputElement && input.value === e.formValue))
        seen.form = now;
    }
    if (!seen.diagram && contains('[data-testid="diagram"] .react-flow__edge', e.needle, true))
      seen.diagram = now;
    if (!seen.problems && contains('li[data-rule-id]', e.needle, false)) seen.problems = now;
    if (seen.yaml && seen.form && seen.diagram && seen.problems) {
      const done = Math.max(seen.yaml, seen.form, seen.diagram, seen.problems);
      probe.results.push({ total: done - t0, frames });
      armed = null;
    }
  };
  // One frame loop at a time: a keystroke armed while the last one's loop still runs joins it.
  let looping = false;
  const frame = () => {
    frames++;
    check();
    if (armed) requestAnimationFrame(frame);
    else looping = false;
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  document.addEventListener(
    'keydown',
    (event) => {
      if (!armed || t0 !== 0) return;
      t0 = event.timeStamp;
      frames = 0;
      if (looping) return;
      looping = true;
      requestAnimationFrame(frame);
    },
    true,
  );
  const probe: Probe = {
    results: [],
    arm: (expectation) => {
      armed = expectation;
      t0 = 0;
      Object.assign(seen, { yaml: 0, form: 0, diagram: 0, problems: 0 });
    },
    pending: () => JSON.stringify({ armed, seen }),
  };
  w.__edit = probe;
}

/** Opens a manifest the way a user pastes one outside any field. */
export async function pasteManifest(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true });
    document.body.dispatchEvent(event);
  }, text);
}

/** The 1-based line of the first Service's selector value, and that Service's name and value. */
export function serviceSelector(text: string): { line: number; name: string; value: string } {
  const lines = text.split('\n');
  const kind = lines.findIndex((line) => line === 'kind: Service');
  const name = /^ {2}name: (\S+)/.exec(
    lines.slice(kind).find((l) => l.startsWith('  name:')) ?? '',
  );
  const selector = lines.findIndex((line, i) => i > kind && line === '  selector:');
  const value = /^ {4}app: (\S+)$/.exec(lines[selector + 1] ?? '');
  if (kind < 0 || selector < 0 || !name?.[1] || !value?.[1])
    throw new Error('no Service with an `app` selector in the manifest');
  return { line: selector + 2, name: name[1], value: value[1] };
}

const WARM_UP = 2;
/** 35 letters typed, then 17 Backspaces: 52 keystrokes, the first 2 not counted. */
const KEYS = [
  ...Array.from({ length: 35 }, (_, i) => String.fromCharCode(97 + (i % 26))),
  ...Array.from({ length: 17 }, () => 'Backspace'),
];
const PROFILED_KEYS = ['x', 'y', 'Backspace', 'Backspace'];

export async function editLatency(
  browser: Browser,
  url: string,
  manifest: string | null,
  example: string,
  source: EditSource,
): Promise<EditRun> {
  const { context, page } = await freshPage(browser, PAGE_PROBES);
  try {
    await openApp(page, url);
    const text = manifest ?? example;
    const { line, name, value } = serviceSelector(text);
    // A form's name is its title, followed by "from <file>" when the text has `# Source:` comments.
    const form = page.getByRole('region', { name: new RegExp(`^Service ${name}($|\\s*from )`) });
    if (manifest !== null) {
      await pasteManifest(page, manifest);
      // Large manifests open with their forms collapsed: open this one, as a user would.
      const summary = page.getByRole('button', {
        name: new RegExp(`^Service ${name}($|\\s*from )`),
        expanded: false,
      });
      await summary.or(form).first().waitFor({ timeout: 60_000 });
      if (await summary.count()) await summary.click();
      await form.waitFor({ timeout: 60_000 });
    }
    const field = form.getByLabel('Selector: Value', { exact: true });
    const formId = await field.getAttribute('id');
    if (formId === null) throw new Error('the selector field has no id');
    // Bring the selector line into Monaco's view (it renders visible lines only).
    const yaml = page.getByRole('textbox', { name: 'YAML manifest editor' });
    await yaml.focus();
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    if (source === 'form') {
      await field.click();
      await page.keyboard.press('End');
    }
    await page.evaluate(installProbe);
    let current = value;
    const type = async (keys: readonly string[], offset: number) => {
      for (const [index, key] of keys.entries()) {
        current = key === 'Backspace' ? current.slice(0, -1) : current + key;
        const expectation: Expectation = {
          yamlLine: source === 'form' ? `app: ${current}` : null,
          formId: source === 'yaml' ? formId : null,
          formValue: current,
          needle: `selector app=${current} matches`,
        };
        await page.evaluate((e) => {
          (window as unknown as { __edit: Probe }).__edit.arm(e);
        }, expectation);
        await page.keyboard.press(key);
        await page
          .waitForFunction(
            (n) => (window as unknown as { __edit: Probe }).__edit.results.length > n,
            offset + index,
            { timeout: 30_000 },
          )
          .catch(async (error: unknown) => {
            const state = await page.evaluate(() =>
              (window as unknown as { __edit: Probe }).__edit.pending(),
            );
            throw new Error(`keystroke ${String(index)} never showed everywhere: ${state}`, {
              cause: error,
            });
          });
      }
    };
    await type(KEYS, 0);
    const results = await page.evaluate(
      () => (window as unknown as { __edit: Probe }).__edit.results,
    );
    // Then a few more keystrokes under the CPU profiler (its overhead stays out of the figures).
    const cdp = await context.newCDPSession(page);
    const profile = await chunkProfile(cdp, url, () => type(PROFILED_KEYS, KEYS.length));
    const measured = results.slice(WARM_UP);
    return {
      latencies: measured.map((result) => result.total),
      frames: measured.map((result) => result.frames),
      profile: profile.map((item) => ({ ...item, ms: item.ms / PROFILED_KEYS.length })),
    };
  } finally {
    await context.close();
  }
}
