import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../../bench/generate';
import { decodeShareHash } from '../core/share/codec';
import { parseSavedWork, SAVED_WORK_KEY } from '../core/share/storage';
import { timeSlicer } from '../core/slices';
import { startPersistence } from './persistence';
import { loadCodec } from './share-codec';
import { useManifest } from './store';

/** The page's address, history and storage, as persistence uses them. */
function fakePage() {
  const stored = new Map<string, string>();
  const address = { pathname: '/', search: '', hash: '', origin: 'http://localhost' };
  const written: string[] = [];
  const noListeners = { addEventListener: () => undefined, removeEventListener: () => undefined };
  vi.stubGlobal('location', address);
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      address.hash = new URL(url, address.origin).hash;
      written.push(address.hash);
    },
  });
  vi.stubGlobal('window', {
    ...noListeners,
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    },
  });
  vi.stubGlobal('document', { ...noListeners, visibilityState: 'visible' });
  return {
    /** The texts the address carried, in order ('' for none). */
    addresses: () =>
      written.map((hash) => {
        const read = decodeShareHash(hash);
        return read.ok ? read.text : '';
      }),
    saved: () => {
      const read = parseSavedWork(stored.get(SAVED_WORK_KEY));
      return read.ok ? read.work.text : null;
    },
  };
}

/** A slicer that pauses after every step and runs `atPause` (once) at its first pause. */
function pausingSlicer() {
  const hooks: { atPause?: () => void } = {};
  let pauses = 0;
  const slicer = timeSlicer(async () => {
    pauses++;
    const hook = hooks.atPause;
    hooks.atPause = undefined;
    hook?.();
    await Promise.resolve();
  }, 0);
  return { slicer, hooks, pauses: () => pauses };
}

/** Past the typing pause after which persistence writes, and its tasks after it. */
async function afterTheWrite(): Promise<void> {
  await vi.advanceTimersByTimeAsync(400);
  // The compression runs in later tasks (messages, not timers): let them all run.
  for (let i = 0; i < 200; i++) await new Promise((resolve) => setImmediate(resolve));
}

const BIG = generateManifest(120);
const OTHER = generateManifest(121);

describe('persistence of a big text (compressed in slices)', () => {
  let stop: (() => void) | undefined;
  beforeAll(async () => {
    await loadCodec();
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Persistence started on a fake page, with a slicer that pauses at every step. */
  async function started() {
    const page = fakePage();
    const { slicer, hooks, pauses } = pausingSlicer();
    stop = startPersistence(slicer);
    await afterTheWrite();
    return { page, hooks, pauses };
  }

  it('is big enough to be written in slices', () => {
    expect(BIG.length).toBeGreaterThan(64 * 1024);
  });

  it('saves the work at once, then writes its link, compressed over several pauses', async () => {
    const { page, pauses } = await started();
    useManifest.getState().setText(BIG, 'import');
    await vi.advanceTimersByTimeAsync(400);
    expect(page.saved()).toBe(BIG);
    await afterTheWrite();
    expect(page.addresses().at(-1)).toBe(BIG);
    expect(pauses()).toBeGreaterThan(2);
  });

  it('drops the link of a text changed while it was compressed, and writes the new one', async () => {
    const { page, hooks } = await started();
    hooks.atPause = () => useManifest.getState().setText(OTHER, 'yaml');
    useManifest.getState().setText(BIG, 'import');
    await afterTheWrite();
    // The change waits for its own pause in typing.
    expect(page.addresses()).not.toContain(OTHER);
    await afterTheWrite();
    expect(page.addresses()).not.toContain(BIG);
    expect(page.addresses().at(-1)).toBe(OTHER);
    expect(page.saved()).toBe(OTHER);
  });

  it('writes nothing more once stopped while compressing', async () => {
    const { page, hooks } = await started();
    const before = page.addresses().length;
    hooks.atPause = () => stop?.();
    useManifest.getState().setText(OTHER, 'import');
    await afterTheWrite();
    expect(page.addresses()).toHaveLength(before);
  });

  it('gives way to a flush (the page being hidden): the link is written at once, and once', async () => {
    const { page, hooks } = await started();
    const { flushPersistence } = await import('./persistence');
    let atFlush: (string | undefined)[] = [];
    hooks.atPause = () => {
      flushPersistence();
      atFlush = page.addresses();
    };
    useManifest.getState().setText(BIG, 'import');
    await afterTheWrite();
    // Written by the flush, in the middle of the compression.
    expect(atFlush.at(-1)).toBe(BIG);
    expect(page.addresses().filter((text) => text === BIG)).toHaveLength(1);
    expect(page.saved()).toBe(BIG);
  });

  it('clears the address for a text too long for a link, and still saves it', async () => {
    const { page } = await started();
    const huge = `${'#'.repeat(2 * 1024 * 1024)}\n${BIG}`;
    useManifest.getState().setText(huge, 'import');
    await afterTheWrite();
    expect(page.addresses().at(-1)).toBe('');
    expect(page.saved()).toBe(huge);
  });
});
