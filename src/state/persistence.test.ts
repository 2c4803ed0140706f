import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../../bench/generate';
import { decodeShareHash, encodeShareHash } from '../core/share/codec';
import {
  isPackedWork,
  parseSavedWork,
  SAVED_WORK_KEY,
  serializePackedWork,
} from '../core/share/storage';
import { timeSlicer } from '../core/slices';
import { flushPersistence, startPersistence } from './persistence';
import { loadCodec } from './share-codec';
import { useShare } from './share-state';
import { useManifest } from './store';

/** The page's address, history and storage, as persistence uses them. */
function fakePage(initial: Record<string, string> = {}) {
  const stored = new Map<string, string>(Object.entries(initial));
  const sizes: number[] = [];
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
      setItem: (key: string, value: string) => {
        sizes.push(value.length);
        stored.set(key, value);
      },
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
      const read = parseSavedWork(stored.get(SAVED_WORK_KEY), decodeShareHash);
      return read.ok ? read.work.text : null;
    },
    /** The saved value as stored. */
    raw: () => stored.get(SAVED_WORK_KEY),
    /** The length of every value stored, in order. */
    sizes: () => sizes,
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

  it('compresses the text over several pauses, then saves it packed and writes its link', async () => {
    const { page, pauses } = await started();
    const before = page.sizes().length;
    useManifest.getState().setText(BIG, 'import');
    await afterTheWrite();
    expect(pauses()).toBeGreaterThan(2);
    expect(page.addresses().at(-1)).toBe(BIG);
    expect(page.saved()).toBe(BIG);
    expect(isPackedWork(page.raw())).toBe(true);
    // Stored once, and never as it is: a tenth of its size or less.
    expect(page.sizes().slice(before)).toHaveLength(1);
    expect(page.sizes().at(-1)).toBeLessThan(BIG.length / 10);
  });

  it('does not compress again a text the address already carries', async () => {
    const { page, pauses } = await started();
    useManifest.getState().setText(BIG, 'import');
    await afterTheWrite();
    const compressing = pauses();
    // Only the restore offer changes: the work is saved again, from the address's link.
    useShare.setState({ recoverable: { kind: 'previous-work', text: 'kind: Service\n' } });
    await afterTheWrite();
    expect(pauses()).toBe(compressing);
    const read = parseSavedWork(page.raw(), decodeShareHash);
    expect(read.ok && read.work.text).toBe(BIG);
    expect(read.ok && read.work.recoverable?.text).toBe('kind: Service\n');
  });

  it('opens packed work saved before, and keeps it when the code to unpack it is missing', async () => {
    const packed = serializePackedWork(encodeShareHash(OTHER), null);
    fakePage({ [SAVED_WORK_KEY]: packed });
    stop = startPersistence(pausingSlicer().slicer);
    expect(useManifest.getState().text).toBe(OTHER);
    stop();
    // A page whose DEFLATE code did not load: the example opens, autosave says it failed, and
    // edits do not write over the saved work.
    vi.resetModules();
    const fresh = {
      persistence: await import('./persistence'),
      store: await import('./store'),
      share: await import('./share-state'),
    };
    const page = fakePage({ [SAVED_WORK_KEY]: packed });
    stop = fresh.persistence.startPersistence(pausingSlicer().slicer);
    expect(fresh.store.useManifest.getState().text).not.toBe(OTHER);
    expect(fresh.share.useShare.getState().autosaveFailed).toBe('unreadable');
    fresh.store.useManifest.getState().setText('kind: Service\n', 'yaml');
    await afterTheWrite();
    fresh.persistence.flushPersistence();
    expect(page.raw()).toBe(packed);
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

  it('clears the address for a text too long for a link, and still saves it, as it is', async () => {
    const { page } = await started();
    const huge = `${'#'.repeat(2 * 1024 * 1024)}\n${BIG}`;
    useManifest.getState().setText(huge, 'import');
    await afterTheWrite();
    expect(page.addresses().at(-1)).toBe('');
    expect(page.saved()).toBe(huge);
    expect(isPackedWork(page.raw())).toBe(false);
  });

  it('saves as it is a text that would not come back exactly from its link', async () => {
    const { page } = await started();
    const lone = `${BIG}# \uD800\n`;
    useManifest.getState().setText(lone, 'import');
    await afterTheWrite();
    expect(isPackedWork(page.raw())).toBe(false);
    expect(page.saved()).toBe(lone);
  });
});
