import { expect, test } from '@playwright/test';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { differingLines, EditorPage, lineOf } from './editor-page';

test.describe('the built-in example', () => {
  test('renders the three objects as forms and as YAML', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await expect(page.getByRole('heading', { name: 'kubewire', level: 1 })).toBeVisible();
    for (const title of ['Ingress ingress', 'Service server', 'Deployment server']) {
      await expect(editor.objectForm(title)).toBeVisible();
    }
    await expect(editor.field('Image')).toHaveValue('okteto.dev/codingpot-pr12er-server');
    await expect(editor.field('Ingress class')).toHaveValue('nginx');
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('loads nothing from outside the page’s origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'kind: Ingress'));
    await page.keyboard.type(':');
    await expect(editor.syntaxAlert).toBeVisible();
    expect(foreign).toEqual([]);
  });
});

test.describe('forms and YAML, both ways', () => {
  test('editing the Image field changes exactly that line of the YAML', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const image = editor.field('Image');
    await image.fill('ghcr.io/me/grpc-server:1.2.0');
    const after = await editor.paneText();
    expect(differingLines(EXAMPLE_MANIFEST, after)).toEqual([
      {
        line: lineOf(EXAMPLE_MANIFEST, 'image:'),
        before: '          image: okteto.dev/codingpot-pr12er-server',
        after: '          image: ghcr.io/me/grpc-server:1.2.0',
      },
    ]);
  });

  test('typing in the YAML pane updates the form', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'image:'));
    await page.keyboard.type(':v2');
    await expect(editor.field('Image')).toHaveValue('okteto.dev/codingpot-pr12er-server:v2');
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'replicas:'));
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await expect(editor.field('Replicas')).toHaveValue('3');
  });

  test('typing in the pane and in the forms alternate without the pane’s cursor jumping', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'image:'));
    await page.keyboard.type(':v2');
    // A form edit above the cursor (replicas) and one below it (memory limit)…
    await editor.field('Replicas').fill('12');
    await editor.field('Memory limit').fill('1Gi');
    // …and typing in the pane goes on exactly where it was.
    await editor.yamlInput.focus();
    await page.keyboard.type('.1');
    await expect(editor.field('Image')).toHaveValue('okteto.dev/codingpot-pr12er-server:v2.1');
    const text = await editor.paneText();
    expect(text).toContain('  replicas: 12\n');
    expect(text).toContain('              memory: 1Gi\n');
  });

  test('broken YAML is marked at its line and does not wipe the form', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const line = lineOf(EXAMPLE_MANIFEST, 'replicas:');
    await editor.goToLineEnd(line);
    // `replicas: 1:` is a nested mapping on one line, which YAML does not allow.
    await page.keyboard.type(':');
    const alert = editor.syntaxAlert;
    await expect(alert).toContainText(`line ${line}, column 13: Nested mappings are not allowed`);
    await expect(page.getByRole('status')).toContainText('YAML syntax error at line');
    await expect(
      page.locator('[data-testid="yaml-editor"] .squiggly-error').first(),
    ).toBeAttached();
    // The form keeps the last valid manifest, read-only until the YAML reads again.
    const image = editor.field('Image');
    await expect(image).toHaveValue('okteto.dev/codingpot-pr12er-server');
    await expect(image).toBeDisabled();
    await expect(editor.field('Replicas')).toHaveValue('1');
    // Nothing the user typed was thrown away: the pane still holds it.
    expect(await editor.paneText()).toContain('replicas: 1:');

    await editor.goToLineEnd(line);
    await page.keyboard.press('Backspace');
    await expect(alert).toHaveCount(0);
    await expect(image).toBeEnabled();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });
});

test.describe('Download YAML', () => {
  test('saves the pane’s text as manifests.yaml', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const first = await editor.download();
    expect(first.download.suggestedFilename()).toBe('manifests.yaml');
    expect(first.text).toBe(EXAMPLE_MANIFEST);

    await editor.field('Replicas').fill('2');
    await editor.goToLineEnd(1);
    await page.keyboard.type(' (edited)');
    const pane = await editor.paneText();
    const second = await editor.download();
    expect(second.text).toBe(pane);
    expect(second.text).toContain('replicas: 2');
    expect(second.text.split('\n')[0]).toBe(
      '# kubewire example: a gRPC server on Okteto behind ingress-nginx. (edited)',
    );
  });
});

test.describe('objects kubewire does not model', () => {
  test('a pasted ConfigMap is listed, kept as written, and downloaded', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const configMap =
      '---\n# Envoy reads this.\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: envoy-config\ndata:\n  envoy.yaml: |\n    admin: {}\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), configMap);
    await editor.yamlInput.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByLabel('ConfigMap envoy-config')).toContainText(
      'kubewire keeps this ConfigMap exactly as written',
    );
    // The modelled objects keep their forms.
    await expect(editor.field('Image')).toHaveValue('okteto.dev/codingpot-pr12er-server');
    const { text } = await editor.download();
    expect(text).toBe(EXAMPLE_MANIFEST + configMap);
  });
});
