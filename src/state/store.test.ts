import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_MANIFEST, setField, type Path } from '../core';
import { useManifest } from './store';

const image: Path = ['spec', 'template', 'spec', 'containers', 0, 'image'];
const replicas: Path = ['spec', 'replicas'];

/** Types `value` into the Image field letter by letter, `gap` ms apart. */
function typeImage(value: string, gap: number): void {
  for (let i = 1; i <= value.length; i++) {
    useManifest.getState().apply(setField(2, image, value.slice(0, i)), 'form');
    vi.advanceTimersByTime(gap);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  useManifest.setState(useManifest.getInitialState(), true);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('undo and redo in the store', () => {
  it('start with nothing to undo or redo', () => {
    const state = useManifest.getState();
    expect(state.canUndo).toBe(false);
    expect(state.canRedo).toBe(false);
    state.undo();
    expect(useManifest.getState().text).toBe(EXAMPLE_MANIFEST);
  });

  it('take back a field typed letter by letter in one step, with the history origin', () => {
    typeImage('ghcr.io', 200);
    expect(useManifest.getState().text).toContain('image: ghcr.io\n');
    expect(useManifest.getState().canUndo).toBe(true);

    useManifest.getState().undo();
    let state = useManifest.getState();
    expect(state.text).toBe(EXAMPLE_MANIFEST);
    expect(state.origin).toBe('history');
    expect(state.canUndo).toBe(false);
    expect(state.canRedo).toBe(true);
    // What is derived from the text follows it.
    expect(state.parsed.documents).toHaveLength(3);

    state.redo();
    state = useManifest.getState();
    expect(state.text).toContain('image: ghcr.io\n');
    expect(state.origin).toBe('history');
    expect(state.canRedo).toBe(false);
  });

  it('make two fields two steps, and a pause in one field a new step', () => {
    typeImage('ab', 100);
    useManifest.getState().apply(setField(2, replicas, 3), 'form');
    vi.advanceTimersByTime(1500);
    useManifest.getState().apply(setField(2, replicas, 4), 'form');
    expect(useManifest.getState().history.past).toHaveLength(3);
  });

  it('record setText edits from every pane, but not init', () => {
    const { setText } = useManifest.getState();
    setText(`${EXAMPLE_MANIFEST}# a\n`, 'init');
    expect(useManifest.getState().canUndo).toBe(false);
    setText(`${EXAMPLE_MANIFEST}# b\n`, 'import');
    setText(`${EXAMPLE_MANIFEST}# c\n`, 'url');
    expect(useManifest.getState().history.past).toHaveLength(2);
    useManifest.getState().undo();
    useManifest.getState().undo();
    expect(useManifest.getState().text).toBe(`${EXAMPLE_MANIFEST}# a\n`);
  });

  it('ignore a setText that changes nothing, and a failed edit', () => {
    useManifest.getState().setText(EXAMPLE_MANIFEST, 'yaml');
    const result = useManifest.getState().apply(setField(9, image, 'x'), 'form');
    expect(result.ok).toBe(false);
    expect(useManifest.getState().canUndo).toBe(false);
  });

  it('clear redo on a new edit after undo', () => {
    useManifest.getState().apply(setField(2, replicas, 3), 'diagram');
    useManifest.getState().undo();
    expect(useManifest.getState().canRedo).toBe(true);
    useManifest.getState().setText(`${EXAMPLE_MANIFEST}#`, 'yaml');
    expect(useManifest.getState().canRedo).toBe(false);
    useManifest.getState().undo();
    expect(useManifest.getState().text).toBe(EXAMPLE_MANIFEST);
  });
});

describe('the objects the forms read', () => {
  it('follow every edit, and an unchanged document keeps its object', () => {
    const store = useManifest.getState();
    const first = store.objects;
    expect(first).toEqual(store.lastValid.documents.map((doc) => doc.object));
    let text = EXAMPLE_MANIFEST;
    for (const [from, to] of [
      ['replicas: 1', 'replicas: 2'],
      ['replicas: 2', 'replicas: 23'],
      ['    app: server\n  ports', '    app: other\n  ports'],
    ] as const) {
      const before = useManifest.getState().objects;
      text = text.replace(from, to);
      useManifest.getState().setText(text, 'yaml');
      const state = useManifest.getState();
      expect(state.objects).toEqual(state.lastValid.documents.map((doc) => doc.object));
      // Only the edited document (the Deployment, or the Service) gets a new object.
      const changed = state.objects.flatMap((object, i) => (object === before[i] ? [] : [i]));
      expect(changed).toHaveLength(1);
    }
    expect(useManifest.getState().objects[0]).toBe(first[0]);
  });

  it('share the unchanged parts of the edited object, also across a syntax error', () => {
    const deployment = () => useManifest.getState().objects[2] as Record<string, unknown>;
    const metadata = deployment().metadata;
    useManifest.getState().setText(EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: 2'), 'yaml');
    expect(deployment().metadata).toBe(metadata);
    // A syntax error keeps what the forms show; the edit after it is read against that.
    const before = useManifest.getState().objects;
    const broken = EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: [2');
    useManifest.getState().setText(broken, 'yaml');
    expect(useManifest.getState().parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(useManifest.getState().objects).toBe(before);
    useManifest.getState().setText(EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: 3'), 'yaml');
    const state = useManifest.getState();
    expect(state.objects).toEqual(state.lastValid.documents.map((doc) => doc.object));
    expect((deployment().spec as Record<string, unknown>).replicas).toBe(3);
    expect(deployment().metadata).toBe(metadata);
    expect(state.objects[0]).toBe(before[0]);
  });
});

describe('the rules, loaded after the first form', () => {
  it('check every edit once loaded', async () => {
    vi.useRealTimers();
    const { whenChecked } = await import('./store');
    await whenChecked;
    // Each test starts from the store's first (unchecked) state; an edit checks it again.
    const state = useManifest.getState();
    state.setText(
      EXAMPLE_MANIFEST.replace('    app: server\n  ports', '    app: nothing\n  ports'),
      'yaml',
    );
    const after = useManifest.getState();
    expect(after.checked).toBe(true);
    expect(after.check.diagnostics.map((d) => d.ruleId)).toContain('service-selector-no-match');
  });

  it('are not there when the store is created: its first state is unchecked', async () => {
    vi.useRealTimers();
    // Last in this file: it swaps the store module for a fresh one, whose first state is built
    // before the rules' chunk can have loaded.
    vi.resetModules();
    const fresh = await import('./store');
    const first = fresh.useManifest.getInitialState();
    expect(first.checked).toBe(false);
    expect(first.check.diagnostics).toEqual([]);
    await fresh.whenChecked;
    expect(fresh.useManifest.getState().checked).toBe(true);
    expect(fresh.useManifest.getState().check.diagnostics.length).toBeGreaterThan(0);
  });
});
