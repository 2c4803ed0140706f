import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EditorPage, openFiles } from './editor-page';

declare global {
  interface Window {
    __xss?: number;
    __violations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

test('the built page has a Content-Security-Policy that everything it does complies with', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  // Use the editor, the diagram, the problems and a download, then look for violations.
  await editor.field('Image').fill('ghcr.io/me/server:1.0');
  await editor
    .objectForm('Service server')
    .getByRole('group', { name: 'Selector entry app' })
    .getByLabel('Selector: Value')
    .fill('x');
  await expect(editor.problem('service-selector-no-match')).toBeVisible();
  await expect(editor.diagramEdges(/broken/).first()).toBeVisible();
  await editor.yamlInput.focus();
  await page.keyboard.type('# typed');
  await editor.download();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('markup in names, labels and annotations shows as text and never runs', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const hostile = await readFile(new URL('./fixtures/hostile.yaml', import.meta.url), 'utf8');
  await openFiles(page, {
    name: 'hostile.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(hostile),
  });
  const service = editor.objectForm('Service <img src=x onerror=window.__xss=1>');
  await expect(service).toBeVisible();
  await expect(editor.field('Name', service)).toHaveValue('<img src=x onerror=window.__xss=1>');
  // The problems and the diagram quote the values as text.
  await expect(editor.problems).toContainText('<img src=x onerror=window.__xss=1>');
  await expect(page.getByTestId('diagram')).toContainText('<img src=x onerror=window.__xss=1>');
  // Hover the problems and the diagram, where tooltips and titles show values.
  await editor.problems.locator('li').first().hover();
  await page.getByTestId('diagram').getByText('<img src=x onerror=window.__xss=1>').hover();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload], b[onmouseover], script:not([src])').count(),
  ).toBe(0);
  // Keys such as __proto__ and constructor are plain keys: nothing was polluted.
  expect(
    await page.evaluate(() => ({
      keys: Object.keys(Object.prototype),
      polluted: typeof ({} as Record<string, unknown>).polluted,
    })),
  ).toEqual({ keys: [], polluted: 'undefined' });
  await expect(
    editor.field('Labels: Key', service.getByRole('group', { name: 'Labels entry __proto__' })),
  ).toHaveValue('__proto__');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});
