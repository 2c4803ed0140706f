import { expect, test, type Locator, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { decodeShareHash, encodeShareHash } from '../src/core/share/codec';
import {
  isPackedWork,
  parseSavedWork,
  SAVED_WORK_KEY,
  serializePackedWork,
} from '../src/core/share/storage';
import { generateManifest } from '../bench/generate';
import { EditorPage, openYamlFile } from './editor-page';

/** The editor with its share link, its saved work and the messages about both. */
class SharePage extends EditorPage {
  readonly shareButton: Locator;
  readonly restoreButton: Locator;
  readonly backToLinkButton: Locator;

  constructor(page: Page) {
    super(page);
    this.shareButton = page.getByRole('button', { name: 'Copy share link' });
    this.restoreButton = page.getByRole('button', { name: 'Restore previous work' });
    this.backToLinkButton = page.getByRole('button', { name: 'Show the linked manifest again' });
  }

  /** Opens a page address as if typed into a new tab: a full load, not a change of the hash. */
  async openFresh(path: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.goto('about:blank');
    await this.page.goto(path);
    await expect(this.yamlLines).toContainText('kind:');
  }

  /** The alert that says a link could not be opened. */
  get linkAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'This link could not be opened' });
  }

  /** The text the address bar's hash carries, or null when it carries none. */
  hashText(): string | null {
    const result = decodeShareHash(new URL(this.page.url()).hash);
    return result.ok ? result.text : null;
  }

  /** The text saved in the browser, or null. */
  async savedText(): Promise<string | null> {
    const read = parseSavedWork(await this.savedRaw(), decodeShareHash);
    return read.ok ? read.work.text : null;
  }

  /** The saved work as stored. */
  savedRaw(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), SAVED_WORK_KEY);
  }

  /** Makes work of one's own (replicas 7), and waits until it is saved and in the address. */
  async makeOwnWork(replicas = '7'): Promise<string> {
    await this.field('Replicas').fill(replicas);
    const text = await this.paneText();
    expect(text).toContain(`replicas: ${replicas}\n`);
    await expect.poll(() => this.savedText()).toBe(text);
    await expect.poll(() => this.hashText()).toBe(text);
    return text;
  }
}

const LINKED = EXAMPLE_MANIFEST.replace(
  'image: okteto.dev/codingpot-pr12er-server',
  'image: ghcr.io/someone/else:1.0',
);

/** A payload of text that inflates far past the cap: raw DEFLATE of 20 MB of spaces. */
function bombHash(): string {
  return `#v=1&m=${deflateRawSync(Buffer.alloc(20 * 1024 * 1024, ' '), { level: 9 }).toString('base64url')}`;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('the share link', () => {
  test('follows every edit; opening it elsewhere shows the same text and downloads the same bytes', async ({
    page,
    browser,
  }) => {
    const editor = new SharePage(page);
    await editor.open();
    await editor.field('Image').fill('ghcr.io/me/grpc-server:2.0');
    const text = await editor.paneText();
    await expect.poll(() => editor.hashText()).toBe(text);
    const url = page.url();
    expect(url).toMatch(/#v=1&m=[A-Za-z0-9_-]+$/);
    const entries = await page.evaluate(() => window.history.length);

    // Someone else, with nothing saved, opens the link.
    const other = await browser.newContext({ acceptDownloads: true });
    await other.grantPermissions(['clipboard-read', 'clipboard-write']);
    const otherEditor = new SharePage(await other.newPage());
    await otherEditor.page.goto(url);
    await expect(otherEditor.field('Image')).toHaveValue('ghcr.io/me/grpc-server:2.0');
    expect(await otherEditor.paneText()).toBe(text);
    const { download } = await otherEditor.download();
    const bytes = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    // Nothing to restore: the other person had no work of their own.
    await expect(otherEditor.restoreButton).toHaveCount(0);
    await other.close();

    // Edits replace the address; they never add entries to the Back button's history.
    await editor.field('Replicas').fill('4');
    await expect.poll(() => editor.hashText()).toContain('replicas: 4\n');
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
  });

  test('the built-in example’s link is short', async ({ page }) => {
    const editor = new SharePage(page);
    await editor.open();
    await expect.poll(() => editor.hashText()).toBe(EXAMPLE_MANIFEST);
    const url = `http://localhost:5173/${new URL(page.url()).hash}`;
    // With the format's preset dictionary (src/core/share/dictionary.ts); plain DEFLATE gives 1,141.
    expect(url.length).toBeLessThanOrEqual(700);
    test.info().annotations.push({ type: 'example link length', description: `${url.length}` });
  });

  test('Copy share link puts the current link on the clipboard and says so', async ({ page }) => {
    const editor = new SharePage(page);
    await editor.open();
    await editor.field('Replicas').fill('5');
    // At once, before the address bar's own update: the link is made from the current text.
    await editor.shareButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const text = await editor.paneText();
    expect(decodeShareHash(new URL(copied).hash)).toEqual({ ok: true, text });
    expect(copied).toBe(new URL(`/${encodeShareHash(text)}`, page.url()).href);
    expect(page.url()).toBe(copied);
  });

  test('where the clipboard is not available, the link is shown to copy by hand', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    const editor = new SharePage(page);
    await editor.openFresh('/');
    await editor.shareButton.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    const field = dialog.getByRole('textbox', { name: 'Link to this manifest' });
    await expect(field).toBeFocused();
    expect(decodeShareHash(new URL(await field.inputValue()).hash)).toEqual({
      ok: true,
      text: EXAMPLE_MANIFEST,
    });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('autosave', () => {
  test('the bare address brings back the last work after a reload', async ({ page }) => {
    const editor = new SharePage(page);
    await editor.open();
    const mine = await editor.makeOwnWork('7');
    await editor.openFresh('/');
    await expect(editor.field('Replicas')).toHaveValue('7');
    expect(await editor.paneText()).toBe(mine);
    await expect(editor.restoreButton).toHaveCount(0);
    // The restored work is where undo starts: there is nothing before it to go back to.
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('a big file opened (300 objects, compressed in slices) is saved and in the address, and comes back after a reload', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const editor = new SharePage(page);
    await editor.open();
    const text = generateManifest(300);
    await openYamlFile(page, text);
    await expect.poll(() => editor.hashText(), { timeout: 60_000 }).toBe(text);
    await expect.poll(() => editor.savedText(), { timeout: 60_000 }).toBe(text);
    // Stored packed: a tenth of its size or less, not the text as it is.
    const raw = await editor.savedRaw();
    expect(isPackedWork(raw)).toBe(true);
    expect(raw?.length).toBeLessThan(text.length / 10);
    // The link in the address opens it elsewhere; the bare address brings the saved work back.
    const link = new URL(page.url()).hash;
    await editor.openFresh('/');
    await expect.poll(() => editor.paneText(), { timeout: 60_000 }).toBe(text);
    await editor.openFresh(`/${link}`);
    await expect.poll(() => editor.paneText(), { timeout: 60_000 }).toBe(text);
  });

  test('a corrupt or foreign saved value is ignored: the example opens, nothing crashes', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    for (const value of ['{not json', '{"version":1,"text":42}', '[1,2]', '{"version":99}']) {
      await page.addInitScript(
        ([key, raw]) => {
          // Not on about:blank, whose storage is off limits.
          if (location.protocol.startsWith('http')) localStorage.setItem(key, raw);
        },
        [SAVED_WORK_KEY, value] as const,
      );
      const editor = new SharePage(page);
      await editor.openFresh('/');
      expect(await editor.paneText(), value).toBe(EXAMPLE_MANIFEST);
      await expect(editor.linkAlert).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('a browser whose storage throws still starts, with the example, and says work is not saved', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const editor = new SharePage(page);
    await editor.open();
    await editor.field('Replicas').fill('3');
    const warning = page.getByRole('alert').filter({ hasText: 'could not be saved' });
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'Dismiss' }).click();
    await expect(warning).toBeHidden();
    await expect(editor.field('Replicas')).toHaveValue('3');
    expect(errors).toEqual([]);
  });
});

test.describe('opening a link over work of one’s own', () => {
  test('at start-up: the link is shown, and the previous work comes back, and the link again', async ({
    page,
  }) => {
    const editor = new SharePage(page);
    await editor.open();
    const mine = await editor.makeOwnWork('7');
    await editor.openFresh(`/${encodeShareHash(LINKED)}`);
    await expect(editor.field('Image')).toHaveValue('ghcr.io/someone/else:1.0');
    expect(await editor.paneText()).toBe(LINKED);
    const offer = page.getByRole('status').filter({ hasText: 'You opened a shared link' });
    await expect(offer).toContainText('The work you had before is kept');

    // Still there after a reload of the bare address: the previous work is never lost.
    await expect.poll(() => editor.savedText()).toBe(LINKED);
    await editor.openFresh('/');
    expect(await editor.paneText()).toBe(LINKED);

    await editor.restoreButton.focus();
    await page.keyboard.press('Enter');
    await expect(editor.field('Replicas')).toHaveValue('7');
    expect(await editor.paneText()).toBe(mine);
    await expect.poll(() => editor.hashText()).toBe(mine);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your previous work is back' }),
    ).toBeVisible();

    await editor.backToLinkButton.click();
    expect(await editor.paneText()).toBe(LINKED);
    await editor.restoreButton.click();
    expect(await editor.paneText()).toBe(mine);

    // Dismissing forgets the kept manifest, for good.
    await page.getByRole('button', { name: 'Dismiss and forget the kept manifest' }).click();
    await expect(editor.backToLinkButton).toHaveCount(0);
    await editor.openFresh('/');
    expect(await editor.paneText()).toBe(mine);
    await expect(editor.backToLinkButton).toHaveCount(0);
  });

  test('pasted into the address bar of the open page: the same, without a reload', async ({
    page,
  }) => {
    const editor = new SharePage(page);
    await editor.open();
    const mine = await editor.makeOwnWork('8');
    await page.evaluate(() => ((window as { marker?: number }).marker = 1));
    await page.goto(`/${encodeShareHash(LINKED)}`);
    await expect(editor.field('Image')).toHaveValue('ghcr.io/someone/else:1.0');
    // The same document: a hash change, not a new page load.
    expect(await page.evaluate(() => (window as { marker?: number }).marker)).toBe(1);
    expect(await editor.paneText()).toBe(LINKED);
    await editor.restoreButton.click();
    expect(await editor.paneText()).toBe(mine);
  });
});

test.describe('hostile and broken links', () => {
  const valid = encodeShareHash(LINKED);
  const cases: { name: string; hash: () => string; says: string }[] = [
    {
      name: 'malformed base64',
      hash: () => '#v=1&m=@@not*base64!!',
      says: 'damaged or incomplete',
    },
    {
      name: 'a truncated payload',
      hash: () => valid.slice(0, Math.floor(valid.length / 2)),
      says: 'damaged or incomplete',
    },
    {
      name: 'an unknown version',
      hash: () => valid.replace('v=1', 'v=9'),
      says: 'another version',
    },
    { name: 'a deflate bomb', hash: bombHash, says: 'more than kubewire opens from a link' },
    {
      name: 'a huge hash',
      hash: () => `#v=1&m=${'A'.repeat(1_200_000)}`,
      says: 'more than kubewire opens from a link',
    },
  ];

  for (const { name, hash, says } of cases) {
    test(`${name}: a clear alert, and the previous work stays, editable`, async ({ page }) => {
      const errors = collectErrors(page);
      const editor = new SharePage(page);
      await editor.open();
      const mine = await editor.makeOwnWork('6');
      await editor.openFresh(`/${hash()}`);
      await expect(editor.linkAlert).toBeVisible();
      await expect(editor.linkAlert).toContainText(says);
      await expect(editor.linkAlert).toContainText('Nothing was replaced');
      expect(await editor.paneText()).toBe(mine);
      // The address bar carries the work again, not the bad link.
      await expect.poll(() => editor.hashText()).toBe(mine);
      await editor.field('Replicas').fill('9');
      await expect(editor.field('Replicas')).toHaveValue('9');
      await editor.linkAlert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(editor.linkAlert).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('with nothing saved, a bad link leaves the example', async ({ page }) => {
    const editor = new SharePage(page);
    await editor.openFresh(`/${valid.replace('v=1', 'v=2')}`);
    await expect(editor.linkAlert).toContainText('another version');
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('a bad link pasted into the open page keeps the work in the editor', async ({ page }) => {
    const editor = new SharePage(page);
    await editor.open();
    const mine = await editor.makeOwnWork('6');
    await page.goto(`/${bombHash()}`);
    await expect(editor.linkAlert).toContainText('more than kubewire opens from a link');
    expect(await editor.paneText()).toBe(mine);
    await expect.poll(() => editor.hashText()).toBe(mine);
  });

  test('a link whose reading code cannot be fetched: a clear alert, and the link is kept', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    // The chunk with the DEFLATE code fails, as when the server is gone or a new version
    // replaced its files.
    await page.route(/\/assets\/codec-[\w-]+\.js$/, (route) => route.abort());
    const editor = new SharePage(page);
    const link = encodeShareHash(LINKED);
    await editor.openFresh(`/${link}`);
    await expect(editor.linkAlert).toContainText('reload the page to open it');
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
    // Editing does not write the current text over the link that could not be opened.
    await editor.field('Replicas').fill('4');
    await expect(editor.field('Replicas')).toHaveValue('4');
    await page.waitForTimeout(1000);
    expect(new URL(page.url()).hash).toBe(link);
    // Once the code can be fetched, a reload opens the link.
    await page.unroute(/\/assets\/codec-[\w-]+\.js$/);
    await page.reload();
    await expect(editor.yamlLines).toContainText('kind:');
    expect(await editor.paneText()).toBe(LINKED);
    await expect(editor.linkAlert).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('big saved work whose unpacking code cannot be fetched: a clear alert, and the work is kept', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const text = generateManifest(100);
    const packed = serializePackedWork(encodeShareHash(text), null);
    await page.addInitScript(
      ([key, raw]) => {
        // Once, on the first page of the site: a reload must find what the page left there.
        if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, raw);
        }
      },
      [SAVED_WORK_KEY, packed] as const,
    );
    await page.route(/\/assets\/codec-[\w-]+\.js$/, (route) => route.abort());
    const editor = new SharePage(page);
    await editor.openFresh('/');
    const warning = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(warning).toContainText('Reload the page to get it back');
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
    // Editing does not write over the saved work.
    await editor.field('Replicas').fill('4');
    await expect(editor.field('Replicas')).toHaveValue('4');
    await page.waitForTimeout(1000);
    expect(await editor.savedRaw()).toBe(packed);
    // Once the code can be fetched, a reload opens the saved work.
    await page.unroute(/\/assets\/codec-[\w-]+\.js$/);
    await page.reload();
    await expect.poll(() => editor.paneText(), { timeout: 60_000 }).toBe(text);
    await expect(warning).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
