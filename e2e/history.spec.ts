import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage, lineOf } from './editor-page';

const ORIGINAL_IMAGE = 'okteto.dev/codingpot-pr12er-server';

/** The editor with its Undo and Redo buttons. */
class HistoryPage extends EditorPage {
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(page: Page) {
    super(page);
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = page.getByRole('button', { name: 'Redo', exact: true });
  }

  get image(): Locator {
    return this.field('Image');
  }

  /** Types into the Image field key by key, as a person does, replacing what was there. */
  async typeImage(value: string): Promise<void> {
    await this.image.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.image.pressSequentially(value, { delay: 30 });
    await expect(this.image).toHaveValue(value);
  }

  /** Moves the focus out of every field, to the page itself. */
  async focusBody(): Promise<void> {
    await this.page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
  }
}

async function open(page: Page): Promise<HistoryPage> {
  const editor = new HistoryPage(page);
  await editor.open();
  return editor;
}

test.describe('undo and redo with the buttons', () => {
  test('are disabled while there is nothing to undo or redo, and say their shortcuts', async ({
    page,
  }) => {
    const editor = await open(page);
    await expect(editor.undoButton).toBeDisabled();
    await expect(editor.redoButton).toBeDisabled();
    await editor.field('Replicas').fill('3');
    await expect(editor.undoButton).toBeEnabled();
    await expect(editor.redoButton).toBeDisabled();
    await expect(editor.undoButton).toHaveAttribute('aria-keyshortcuts', /Control\+Z/);

    // Pressed from the keyboard, with a visible focus ring.
    await editor.undoButton.focus();
    await page.keyboard.press('Enter');
    await expect(editor.field('Replicas')).toHaveValue('1');
    await expect(editor.undoButton).toBeDisabled();
    await expect(editor.redoButton).toBeEnabled();
    await editor.redoButton.focus();
    await expect(editor.redoButton).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Space');
    await expect(editor.field('Replicas')).toHaveValue('3');
    await expect(editor.redoButton).toBeDisabled();
  });

  test('a new image typed letter by letter is one step: undo restores the text, redo brings it back', async ({
    page,
  }) => {
    const editor = await open(page);
    await editor.typeImage('ghcr.io/me/grpc-server');
    expect(await editor.paneText()).toContain('image: ghcr.io/me/grpc-server\n');

    await editor.undoButton.click();
    await expect(editor.image).toHaveValue(ORIGINAL_IMAGE);
    // One click took back the whole word: there is nothing left to undo.
    await expect(editor.undoButton).toBeDisabled();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);

    await editor.redoButton.click();
    await expect(editor.image).toHaveValue('ghcr.io/me/grpc-server');
    await expect(editor.redoButton).toBeDisabled();
    expect(await editor.paneText()).toBe(
      EXAMPLE_MANIFEST.replace(ORIGINAL_IMAGE, 'ghcr.io/me/grpc-server'),
    );
  });

  test('two fields are two steps', async ({ page }) => {
    const editor = await open(page);
    await editor.typeImage('nginx:1');
    await editor.field('Replicas').fill('2');
    await editor.undoButton.click();
    await expect(editor.field('Replicas')).toHaveValue('1');
    await expect(editor.image).toHaveValue('nginx:1');
    await editor.undoButton.click();
    await expect(editor.image).toHaveValue(ORIGINAL_IMAGE);
    await expect(editor.undoButton).toBeDisabled();
  });

  test('a link drawn in the diagram is one step', async ({ page }) => {
    const editor = await open(page);
    const diagram = page.getByTestId('diagram');
    await diagram
      .locator('[data-id="object-0"] .react-flow__handle.source')
      .first()
      .dragTo(
        diagram.locator(
          '[data-id="object-1"] .react-flow__handle[data-handleid="in:spec.ports.1"]',
        ),
      );
    await expect.poll(() => editor.paneText()).toContain('                  name: http-metrics\n');

    await editor.undoButton.click();
    await expect(editor.undoButton).toBeDisabled();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
    await editor.redoButton.click();
    expect(await editor.paneText()).toContain('                  name: http-metrics\n');
  });

  test('a quick fix from the Problems list is one step', async ({ page }) => {
    const editor = await open(page);
    const warning = editor.problem('image-tag-mutable');
    await warning.getByRole('button', { name: /^Fix:/ }).click();
    await expect(warning).toHaveCount(0);
    const fixed = await editor.paneText();
    expect(fixed).not.toBe(EXAMPLE_MANIFEST);

    await editor.undoButton.click();
    await expect(editor.problem('image-tag-mutable')).toHaveCount(1);
    await expect(editor.undoButton).toBeDisabled();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
    await editor.redoButton.click();
    await expect(editor.problem('image-tag-mutable')).toHaveCount(0);
    expect(await editor.paneText()).toBe(fixed);
  });

  test('typing in the YAML pane is undone by the button, in the pane too', async ({ page }) => {
    const editor = await open(page);
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'image:'));
    await page.keyboard.type(':v2');
    await expect(editor.image).toHaveValue(`${ORIGINAL_IMAGE}:v2`);

    await editor.undoButton.click();
    await expect(editor.image).toHaveValue(ORIGINAL_IMAGE);
    await expect(editor.undoButton).toBeDisabled();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
    await editor.redoButton.click();
    await expect(editor.image).toHaveValue(`${ORIGINAL_IMAGE}:v2`);
    expect(await editor.paneText()).toContain(`image: ${ORIGINAL_IMAGE}:v2\n`);
  });

  test('after an undo, a new edit clears redo', async ({ page }) => {
    const editor = await open(page);
    await editor.field('Replicas').fill('3');
    await editor.undoButton.click();
    await expect(editor.redoButton).toBeEnabled();
    await editor.field('Replicas').fill('5');
    await expect(editor.redoButton).toBeDisabled();
    await editor.undoButton.click();
    await expect(editor.field('Replicas')).toHaveValue('1');
    await expect(editor.undoButton).toBeDisabled();
  });
});

test.describe('undo and redo from the keyboard', () => {
  test('Ctrl+Z and Ctrl+Shift+Z in a form field', async ({ page }) => {
    const editor = await open(page);
    await editor.typeImage('ghcr.io/me/server');
    await page.keyboard.press('Control+Z');
    await expect(editor.image).toHaveValue(ORIGINAL_IMAGE);
    await expect(editor.image).toBeFocused();
    await page.keyboard.press('Control+Shift+Z');
    await expect(editor.image).toHaveValue('ghcr.io/me/server');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Y');
    await expect(editor.image).toHaveValue('ghcr.io/me/server');
    expect(await editor.paneText()).toContain('image: ghcr.io/me/server\n');
  });

  test('Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z with the focus on the page', async ({ page }) => {
    const editor = await open(page);
    await editor.field('Replicas').fill('4');
    await editor.field('Memory limit').fill('1Gi');
    await editor.focusBody();
    await page.keyboard.press('Control+Z');
    await expect(editor.field('Memory limit')).not.toHaveValue('1Gi');
    await expect(editor.field('Replicas')).toHaveValue('4');
    await page.keyboard.press('Control+Z');
    await expect(editor.field('Replicas')).toHaveValue('1');
    await expect(editor.undoButton).toBeDisabled();
    await page.keyboard.press('Control+Y');
    await expect(editor.field('Replicas')).toHaveValue('4');
    await page.keyboard.press('Control+Shift+Z');
    await expect(editor.field('Memory limit')).toHaveValue('1Gi');
    await expect(editor.redoButton).toBeDisabled();
  });

  test('inside the YAML pane, Ctrl+Z is the pane’s own undo and no more', async ({ page }) => {
    const editor = await open(page);
    await editor.field('Replicas').fill('3');
    await editor.goToLineEnd(lineOf(EXAMPLE_MANIFEST, 'image:'));
    await page.keyboard.type(':v2');
    await expect(editor.image).toHaveValue(`${ORIGINAL_IMAGE}:v2`);
    await page.keyboard.press('Control+Z');
    await expect(editor.image).toHaveValue(ORIGINAL_IMAGE);
    // The form edit before it is still there: the page did not undo a second time.
    await expect(editor.field('Replicas')).toHaveValue('3');
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: 3'));
  });
});
