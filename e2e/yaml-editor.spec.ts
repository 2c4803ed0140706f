import { expect, test } from '@playwright/test';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage, lineOf } from './editor-page';

/** A valid Service whose indentation is all over the place, with comments to keep. */
const BADLY_INDENTED = `# A Service, indented by hand.
apiVersion: v1
kind: Service
metadata:
      name: server   # the name the Ingress uses
      labels:
            app: server
spec:
   selector:
        app: server
   ports:
   - name: grpc
     # the port the Ingress talks to
     port: 9000
     targetPort: grpc
`;

const FORMATTED = `# A Service, indented by hand.
apiVersion: v1
kind: Service
metadata:
  name: server # the name the Ingress uses
  labels:
    app: server
spec:
  selector:
    app: server
  ports:
    - name: grpc
      # the port the Ingress talks to
      port: 9000
      targetPort: grpc
`;

test.describe('the YAML pane checks against the Kubernetes schema', () => {
  test('a misspelt field under the Ingress backend is marked and listed', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await expect(editor.markers('error')).toHaveCount(0);
    await expect(editor.problem('schema')).toHaveCount(0);

    // `service:` → `Service:`: field names are case-sensitive.
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'service:'));
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.type('S');
    await page.keyboard.press('Escape');

    await expect(editor.markers('error').first()).toBeAttached();
    await expect(editor.problem('schema').first()).toContainText('Service');
    expect(await editor.paneText()).toContain('              Service:\n');
  });
});

test.describe('completion from the schema', () => {
  test('offers `service` where a backend’s key is being retyped', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const line = lineOf(EXAMPLE_MANIFEST, 'service:');
    await editor.goToLineEnd(line);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('s');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Space');

    await expect(editor.suggestions.filter({ hasText: /^service/ })).toHaveCount(1);
    // The schema's fields, not words of the document (`server`, `spec`, ...).
    await expect(editor.suggestions.filter({ hasText: /^server/ })).toHaveCount(0);
    await expect(editor.suggestions.filter({ hasText: /^spec/ })).toHaveCount(0);

    await page.keyboard.press('Enter');
    const text = await editor.paneText();
    expect(text.split('\n')[line - 1]).toBe('              service:');
    await expect(editor.syntaxAlert).toHaveCount(0);
  });

  test('offers the fields a backend does not have yet on a new line', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'backend:'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('r');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Space');
    await expect(editor.suggestions.filter({ hasText: /^resource/ })).toHaveCount(1);
    // It is already there, further down.
    await expect(editor.suggestions.filter({ hasText: /^service/ })).toHaveCount(0);
  });
});

test.describe('hover', () => {
  test('shows the description and type of `replicas`', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    // Monaco renders only the lines in view: bring the line there first.
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'replicas:'));
    await editor.hoverWord('replicas');
    await expect(editor.hover).toContainText('Number of desired pods.');
    await expect(editor.hover).toContainText('spec.replicas');
    await expect(editor.hover).toContainText('Type: integer');
  });
});

test.describe('hover on text from the manifest', () => {
  test('shows a hostile label key as text, never as HTML or a link', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const key = '"x<img src=q onerror=alert(1)>[a](https://evil.example)"';
    await editor.replacePaneText(
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\n    ${key}: v\n`,
    );
    await expect(editor.yamlLines).toContainText('evil.example');
    await editor.yamlLines
      .locator('span span', { hasText: /onerror/ })
      .first()
      .hover();
    await expect(editor.hover).toContainText(
      'x<img src=q onerror=alert(1)>[a](https://evil.example)',
    );
    // From kubewire's hover (the field's path), not only from a marker's message.
    await expect(editor.hover).toContainText('metadata.labels["x<img');
    await expect(editor.hover.locator('img, a[href*="evil"]')).toHaveCount(0);
  });
});

test.describe('Format YAML', () => {
  test('the button re-indents a valid manifest and keeps its comments', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.replacePaneText(BADLY_INDENTED);
    await expect(editor.yamlLines).toContainText('# the name the Ingress uses');
    expect(await editor.paneText()).toBe(BADLY_INDENTED);

    await editor.formatButton.click();
    expect(await editor.paneText()).toBe(FORMATTED);
    await expect(page.getByRole('status')).toContainText('Formatted');

    // Undo in the pane takes the formatting back, as one step.
    await editor.yamlInput.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await editor.paneText()).toBe(BADLY_INDENTED);
  });

  test('Format Document (Shift+Alt+F) does the same in the editor', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.replacePaneText(BADLY_INDENTED);
    await expect(editor.yamlLines).toContainText('# the name the Ingress uses');
    await editor.yamlInput.focus();
    await page.keyboard.press('Shift+Alt+F');
    await expect.poll(() => editor.paneText()).toBe(FORMATTED);
    // One step for Undo, as with the button.
    await editor.yamlInput.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await editor.paneText()).toBe(BADLY_INDENTED);
  });

  test('refuses YAML that does not read, and changes nothing', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'replicas:'));
    await page.keyboard.type(':');
    await expect(editor.syntaxAlert).toBeVisible();
    const before = await editor.paneText();

    await editor.formatButton.click();
    await expect(page.getByRole('status')).toContainText('Fix the YAML syntax error first');
    expect(await editor.paneText()).toBe(before);
  });
});
