import { expect, test, type Page } from '@playwright/test';
import { EditorPage, openFiles } from './editor-page';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** Copies the share link: the notice that says so shows for 5 s. */
async function copyLink(page: Page) {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Link copied' });
  await expect(notice).toBeVisible();
  return notice;
}

test.describe('notices', () => {
  test('an opened file is announced, and Escape dismisses the notice', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await openFiles(page, fixture('greeter-crlf.yaml'));
    const notice = page.getByRole('status').filter({ hasText: 'Opened 1 file(s): 2 object(s).' });
    await expect(notice).toBeVisible();
    // At once, well before its 5 s are up.
    await page.keyboard.press('Escape');
    await expect(notice).toHaveCount(0, { timeout: 2000 });
  });

  test('a notice goes away by itself after its time', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const start = Date.now();
    const notice = await copyLink(page);
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(5000);
  });

  test('it stays while the pointer is on it, and a click away dismisses it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const notice = await copyLink(page);
    await notice.hover();
    await page.waitForTimeout(6000);
    await expect(notice).toBeVisible();
    // A click on it keeps it; one elsewhere dismisses it at once (the pointer leaving it would
    // after 2.5 s).
    await notice.click();
    await page.waitForTimeout(500);
    await expect(notice).toBeVisible();
    await page.getByRole('heading', { name: 'Objects' }).click();
    await expect(notice).toHaveCount(0, { timeout: 2000 });
  });

  test('a new message replaces the one shown', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    // From the keyboard: no click that would dismiss the first notice.
    const controller = page.getByLabel('Ingress controller');
    await controller.focus();
    await controller.selectOption('traefik');
    const notice = page.getByRole('status').filter({ hasText: 'Rewritten for' });
    await expect(notice).toHaveText('Rewritten for Traefik (k3s). Undo takes it back.');
    await controller.selectOption('gateway-api');
    await expect(notice).toHaveText('Rewritten for Gateway API (GRPCRoute). Undo takes it back.');
    await expect(notice).toHaveCount(1);
  });

  test('code that cannot be fetched is said at once, as an alert', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.route(/\/assets\/save-zip-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Download ZIP' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveText(
      'This part of kubewire could not be loaded. Reload the page and try again.',
    );
  });
});
