import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../../bench/generate';
import { checkManifest, EXAMPLE_MANIFEST, parseManifest, type Diagnostic } from '../core';
import { timeSlicer, type Slicer } from '../core/slices';
import { readManifestInSlices } from '../core/yaml/parse';
import { checkInSlices, loadedChecker } from './checker';
import { checkWithRules, checkWithRulesInSlices } from './checker-rules';
import { useManifest, whenChecked } from './store';

type RulesModule = typeof import('./checker-rules');

/**
 * The rules' module, watched: `checkWithRules` is the store's synchronous check, and
 * `checkWithRulesInSlices` the one run ahead in slices, whose results the tests can then compare
 * by identity with what the checker returns.
 */
vi.mock('./checker-rules', async (importOriginal) => {
  const rules = await importOriginal<RulesModule>();
  return {
    checkWithRules: vi.fn(rules.checkWithRules),
    checkWithRulesInSlices: vi.fn(rules.checkWithRulesInSlices),
  };
});

/** The reader of big texts, watched: the tests can tell when reading began. */
vi.mock('../core/yaml/parse', async (importOriginal) => {
  const parse = await importOriginal<typeof import('../core/yaml/parse')>();
  return { ...parse, readManifestInSlices: vi.fn(parse.readManifestInSlices) };
});

const EDIT = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n';

/** Past this many characters `openText` reads in slices (SLICED_TEXT in store.ts). */
const SLICED = 64 * 1024;
/** ~290 kB, 300 objects. */
const BIG = generateManifest(300);
/** ~75 kB, just over SLICED: for the tests that only need a text read in slices. */
const OVER = generateManifest(80);
let texts = 0;

/**
 * A text no test has read before (parses are remembered across tests, module-global, and a text
 * read before is not read in slices again): `base` with a comment of its own.
 */
function fresh(base: string): string {
  return `${base}# ${String(++texts)}\n`;
}

const freshBig = () => fresh(BIG);
const freshOver = () => fresh(OVER);

const state = () => useManifest.getState();

/**
 * Resolves once every promise continuation of the current task has run (many microtask turns,
 * no new task): what a test checks then happened within the task, not after a pause.
 */
async function thisTasksPromises(): Promise<void> {
  for (let turn = 0; turn < 50; turn++) await Promise.resolve();
}

/** What the Problems list shows of a diagnostic. */
const shown = (d: Diagnostic) => ({
  ruleId: d.ruleId,
  message: d.message,
  severity: d.severity,
  range: d.range,
});

beforeAll(() => whenChecked);

beforeEach(() => {
  useManifest.setState(useManifest.getInitialState(), true);
  vi.mocked(checkWithRules).mockClear();
  vi.mocked(checkWithRulesInSlices).mockClear();
});

afterEach(() => {
  useManifest.setState(useManifest.getInitialState(), true);
});

describe('openText', () => {
  it('sets a small text at once, with its origin', async () => {
    const small = `${EXAMPLE_MANIFEST}# opened\n`;
    const opening = state().openText(small, 'url');
    // Before awaiting anything.
    expect(state().text).toBe(small);
    expect(state().origin).toBe('url');
    expect(state().reading).toBe(false);
    expect(state().parsed.text).toBe(small);
    await opening;
    expect(state().text).toBe(small);
  });

  it('reads a big text in slices, then shows it checked, as one undo step', async () => {
    expect(state().checked).toBe(false);
    const big = freshBig();
    expect(big.length).toBeGreaterThan(SLICED);
    const opening = state().openText(big, 'import');
    expect(state().reading).toBe(true);
    expect(state().text).toBe(EXAMPLE_MANIFEST);
    expect(state().parsed.text).toBe(EXAMPLE_MANIFEST);

    await opening;
    const after = state();
    expect(after.text).toBe(big);
    expect(after.origin).toBe('import');
    expect(after.parsed.text).toBe(big);
    expect(after.reading).toBe(false);
    expect(after.checked).toBe(true);
    const expected = checkManifest(parseManifest(big), { profile: after.profile });
    // Every seventh app has a targetPort typo: there is something to compare.
    expect(expected.diagnostics.length).toBeGreaterThan(0);
    expect(after.check.diagnostics.map(shown)).toEqual(expected.diagnostics.map(shown));
    expect(after.check.graph.objects).toHaveLength(300);

    // The check was made once, in slices, and the store's own check found it.
    expect(checkWithRulesInSlices).toHaveBeenCalledTimes(1);
    expect(vi.mocked(checkWithRulesInSlices).mock.calls[0]?.[0]).toBe(after.parsed);
    expect(vi.mocked(checkWithRulesInSlices).mock.calls[0]?.[1]).toBe(after.profile);
    expect(checkWithRules).not.toHaveBeenCalled();

    expect(after.canUndo).toBe(true);
    after.undo();
    expect(state().text).toBe(EXAMPLE_MANIFEST);
    expect(state().canUndo).toBe(false);
    state().redo();
    expect(state().text).toBe(big);
  });

  it('shows the text after an edit made while it is read; Undo brings the edit back', async () => {
    const big = freshOver();
    const opening = state().openText(big, 'import');
    expect(state().reading).toBe(true);
    state().setText(EDIT, 'yaml');
    expect(state().reading).toBe(true);
    await opening;
    expect(state().text).toBe(big);
    expect(state().reading).toBe(false);
    expect(state().history.past).toEqual([EXAMPLE_MANIFEST, EDIT]);
    state().undo();
    expect(state().text).toBe(EDIT);
  });

  it('shows the text after an edit made while it is checked', async () => {
    // The edit comes once the text has been read, while it is being checked.
    vi.mocked(checkWithRulesInSlices).mockImplementationOnce(async (...args) => {
      state().setText(EDIT, 'yaml');
      const rules = await vi.importActual<RulesModule>('./checker-rules');
      return rules.checkWithRulesInSlices(...args);
    });
    const big = freshOver();
    await state().openText(big, 'import');
    expect(checkWithRulesInSlices).toHaveBeenCalledTimes(1);
    expect(state().text).toBe(big);
    expect(state().history.past).toEqual([EXAMPLE_MANIFEST, EDIT]);
  });

  it('starts reading in the task after the one that opened the text, showing "reading"', async () => {
    vi.mocked(readManifestInSlices).mockClear();
    const opening = state().openText(freshOver(), 'import');
    await thisTasksPromises();
    expect(state().reading).toBe(true);
    expect(readManifestInSlices).not.toHaveBeenCalled();
    await opening;
    expect(readManifestInSlices).toHaveBeenCalledTimes(1);
  });

  it('does not read a text another one replaced before its reading began', async () => {
    vi.mocked(readManifestInSlices).mockClear();
    const first = state().openText(freshOver(), 'import');
    const second = freshOver();
    const opening = state().openText(second, 'import');
    await Promise.all([first, opening]);
    expect(readManifestInSlices).toHaveBeenCalledTimes(1);
    expect(vi.mocked(readManifestInSlices).mock.calls[0]?.[0]).toBe(second);
    expect(state().text).toBe(second);
  });

  it('shows the text in a task of its own, not at the end of the check’s last slice', async () => {
    // Showing it renders every pane; after the last slice's work, that made one long task.
    const big = freshOver();
    let shownWithinTheTask: boolean | undefined;
    vi.mocked(checkWithRulesInSlices).mockImplementationOnce(async (...args) => {
      const rules = await vi.importActual<RulesModule>('./checker-rules');
      const result = await rules.checkWithRulesInSlices(...args);
      void thisTasksPromises().then(() => {
        shownWithinTheTask = state().text === big;
      });
      return result;
    });
    await state().openText(big, 'import');
    expect(shownWithinTheTask).toBe(false);
    expect(state().text).toBe(big);
    expect(state().reading).toBe(false);
  });

  it('gives way to a small text opened while it is read', async () => {
    const opening = state().openText(freshOver(), 'import');
    await state().openText(EDIT, 'import');
    expect(state().reading).toBe(false);
    await opening;
    expect(state().text).toBe(EDIT);
    expect(state().history.past).toEqual([EXAMPLE_MANIFEST]);
  });

  it('measures reading, checking and showing a big text, each once (the bench reads them)', async () => {
    const since = performance.now();
    const phases = () =>
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.startTime >= since && entry.name.startsWith('kubewire:'))
        .map((entry) => entry.name);
    const text = freshOver();
    await state().openText(text, 'import');
    expect(state().text).toBe(text);
    expect(phases()).toEqual(['kubewire:read', 'kubewire:check', 'kubewire:show']);
    // A small text is shown at once: no phases.
    await state().openText(EDIT, 'import');
    expect(phases()).toHaveLength(3);
  });

  it('counts the big texts opened, so that their lists are built anew', async () => {
    const before = state().opened;
    await state().openText(freshOver(), 'import');
    expect(state().opened).toBe(before + 1);
    await state().openText(EDIT, 'import');
    expect(state().opened).toBe(before + 1);
  });

  it('shows the later of two texts opened one after the other', async () => {
    const first = freshOver();
    const second = freshOver();
    const opening = [state().openText(first, 'import'), state().openText(second, 'import')];
    expect(state().reading).toBe(true);
    await Promise.all(opening);
    expect(state().text).toBe(second);
    expect(state().reading).toBe(false);
    // The first was never shown (one step back is the text before both), nor checked.
    expect(state().history.past).toEqual([EXAMPLE_MANIFEST]);
    expect(checkWithRulesInSlices).toHaveBeenCalledTimes(1);
    expect(vi.mocked(checkWithRulesInSlices).mock.calls[0]?.[0]).toBe(state().parsed);
  });

  it('shows the later text also when the earlier one takes longer to read', async () => {
    // The 300-object text is still being read when the 80-object one is shown.
    const opening = state().openText(freshBig(), 'import');
    const second = freshOver();
    await state().openText(second, 'import');
    expect(state().text).toBe(second);
    await opening;
    expect(state().text).toBe(second);
    expect(state().reading).toBe(false);
  });

  it('shows the text, unchecked, when the rules fail to load, and stops reading', async () => {
    vi.mocked(checkWithRulesInSlices).mockImplementationOnce(() =>
      Promise.reject(new Error('chunk failed')),
    );
    const big = freshOver();
    await state().openText(big, 'import');
    expect(state().reading).toBe(false);
    expect(state().text).toBe(big);
  });
});

describe('readAhead', () => {
  it('reads big texts in slices so that reading them again is immediate', async () => {
    const big = freshBig();
    const ahead = state().readAhead([EDIT, big]);
    expect(state().reading).toBe(true);
    await expect(ahead).resolves.toBe(true);
    expect(state().reading).toBe(false);
    // It only reads: the text shown is the same.
    expect(state().text).toBe(EXAMPLE_MANIFEST);
    expect(state().canUndo).toBe(false);

    // The slices' reading is the one remembered: reading in slices again has nothing to do
    // (asked first, since parseManifest would remember a reading of its own).
    const run = vi.fn(() => Promise.reject(new Error('read again')));
    const slicer: Slicer = { run };
    const parsed = await readManifestInSlices(big, slicer);
    expect(run).not.toHaveBeenCalled();
    expect(parsed.documents).toHaveLength(300);
    expect(parseManifest(big)).toBe(parsed);
    expect(parseManifest(big)).toBe(parsed);
  });

  it('resolves true at once for small texts only', async () => {
    const ahead = state().readAhead([EDIT]);
    expect(state().reading).toBe(false);
    await expect(ahead).resolves.toBe(true);
  });

  it('resolves false when other texts are read ahead meanwhile', async () => {
    const ahead = state().readAhead([freshOver(), freshOver()]);
    expect(state().reading).toBe(true);
    const later = state().readAhead([freshOver()]);
    await expect(ahead).resolves.toBe(false);
    await expect(later).resolves.toBe(true);
    expect(state().reading).toBe(false);
  });
});

describe('the checker memo', () => {
  it('gives back the check made in slices, and checks another profile anew', async () => {
    const parsed = parseManifest(freshBig());
    await checkInSlices(parsed, undefined, timeSlicer());
    expect(checkWithRulesInSlices).toHaveBeenCalledTimes(1);
    const settled = vi.mocked(checkWithRulesInSlices).mock.settledResults[0];
    if (settled?.type !== 'fulfilled') throw new Error('the check in slices did not resolve');
    const sliced = settled.value;
    expect(sliced.graph.objects).toHaveLength(300);

    const check = loadedChecker();
    if (!check) throw new Error('the rules have not loaded');
    const first = check(parsed, undefined);
    expect(first).toBe(sliced);
    expect(check(parsed, undefined)).toBe(first);
    expect(checkWithRules).not.toHaveBeenCalled();
    // Checking it in slices again has nothing to do either.
    await checkInSlices(parsed, undefined, timeSlicer());
    expect(checkWithRulesInSlices).toHaveBeenCalledTimes(1);

    const traefik = check(parsed, 'traefik');
    expect(traefik).not.toBe(first);
    expect(checkWithRules).toHaveBeenCalledTimes(1);
    expect(check(parsed, 'traefik')).toBe(traefik);
    expect(checkWithRules).toHaveBeenCalledTimes(1);
  });
});
