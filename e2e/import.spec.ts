import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { differingLines, EditorPage, lineOf, openFiles } from './editor-page';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** Drops files onto the page, as dragging them from the desktop does. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list)
      transfer.items.add(new File([file.text], file.name, { type: 'application/yaml' }));
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test.describe('opening your own manifests', () => {
  test('one file with comments, CRLF and no final line break comes back byte for byte', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await openFiles(page, fixture('greeter-crlf.yaml'));
    await expect(editor.objectForm('Deployment greeter')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Opened 1 file(s): 2 object(s).' }),
    ).toBeVisible();
    const original = await readFile(fixture('greeter-crlf.yaml'));
    const { text } = await editor.download();
    expect(Buffer.from(text, 'utf8').equals(original)).toBe(true);
  });

  test('an edit in the form changes only that line of the opened file', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await openFiles(page, fixture('greeter-crlf.yaml'));
    await editor.field('Replicas').fill('3');
    const original = await readFile(fixture('greeter-crlf.yaml'), 'utf8');
    const { text } = await editor.download();
    expect(differingLines(original, text)).toEqual([
      { line: lineOf(original, 'replicas:'), before: '  replicas: 2\r', after: '  replicas: 3\r' },
    ]);
  });

  test('two files dropped on the page: each object says its file, the download keeps them in order', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const ingress = await readFile(fixture('ingress.yaml'), 'utf8');
    const greeter = await readFile(fixture('greeter-crlf.yaml'), 'utf8');
    await dropFiles(page, [
      { name: 'ingress.yaml', text: ingress },
      { name: 'greeter.yaml', text: greeter },
    ]);
    await expect(editor.objectForm('Ingress greeter from ingress.yaml')).toBeVisible();
    await expect(editor.objectForm('Deployment greeter from greeter.yaml')).toBeVisible();
    // The links span the files.
    await expect(editor.diagramEdges(/Ingress greeter → Service greeter: resolved/)).toHaveCount(1);
    const { text } = await editor.download();
    expect(text.startsWith('# Source: ingress.yaml\n' + ingress)).toBe(true);
    expect(text).toContain('---\n# Source: greeter.yaml\n# Our gRPC server');
  });

  test('pasting a manifest outside any field opens it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const ingress = await readFile(fixture('ingress.yaml'), 'utf8');
    await page.getByRole('heading', { name: 'kubewire', level: 1 }).click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    }, ingress);
    await expect(editor.objectForm('Ingress greeter')).toBeVisible();
    expect(await editor.paneText()).toBe(ingress);
  });
});

test.describe('old API forms from blog posts', () => {
  test('an extensions/v1beta1 Ingress is recognised and upgraded in one click', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await openFiles(page, [fixture('legacy-ingress.yaml'), fixture('greeter-crlf.yaml')]);
    const problem = editor.problem('ingress-api-removed');
    await expect(problem).toContainText('extensions/v1beta1');
    await problem
      .getByRole('button', { name: /^Fix: Upgrade this Ingress to networking.k8s.io\/v1/ })
      .click();
    await expect(problem).toHaveCount(0);
    await expect(editor.objectForm('Ingress greeter from legacy-ingress.yaml')).toBeVisible();
    await expect(editor.diagramEdges(/Ingress greeter → Service greeter: resolved/)).toHaveCount(1);
    const text = await editor.paneText();
    expect(text).toContain('# Copied from an old blog post.\napiVersion: networking.k8s.io/v1\n');
    expect(text).toContain('            pathType: ImplementationSpecific');
    expect(text).toContain('                port:\n                  name: grpc');
  });
});

test.describe('broken input never replaces your work without asking', () => {
  test('a binary, an empty and a 20 MB file are refused with the reason', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await openFiles(page, [
      {
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      },
      { name: 'empty.yaml', mimeType: 'application/yaml', buffer: Buffer.from('') },
      {
        name: 'huge.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.alloc(20 * 1024 * 1024, 0x61),
      },
    ]);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('logo.png is not a text file; not opened.');
    await expect(dialog).toContainText('empty.yaml is empty; nothing to open.');
    await expect(dialog).toContainText(
      'huge.yaml is 20.0 MB, more than kubewire opens (10 MB); not opened.',
    );
    await expect(dialog.getByRole('button', { name: 'Replace the current manifest' })).toHaveCount(
      0,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('a file with a YAML error asks first; cancel keeps your work, add appends it', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.field('Replicas').fill('2');
    const mine = await editor.paneText();

    await openFiles(page, fixture('broken.yaml'));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('broken.yaml: YAML error at line 6');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await editor.paneText()).toBe(mine);

    await openFiles(page, fixture('ingress.yaml'));
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Add to the current manifest' })
      .click();
    const combined = await editor.paneText();
    expect(combined.startsWith(mine)).toBe(true);
    expect(combined).toContain('---\n# Source: ingress.yaml\napiVersion: networking.k8s.io/v1');
    await expect(editor.objectForm('Ingress greeter from ingress.yaml')).toBeVisible();
  });

  test('replacing your work is your choice', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.field('Replicas').fill('2');
    await openFiles(page, fixture('ingress.yaml'));
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Replace the current manifest' })
      .click();
    expect(await editor.paneText()).toBe(await readFile(fixture('ingress.yaml'), 'utf8'));
  });
});
