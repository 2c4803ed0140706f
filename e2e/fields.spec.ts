import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The label's vertical offset inside its field: about 9 px inside the box, -9 px on the outline. */
async function labelOffset(field: Locator): Promise<number> {
  return field.evaluate((input) => {
    const label = document.querySelector(`label[for="${input.id}"]`);
    if (!label) throw new Error('the field has no label');
    return new DOMMatrix(getComputedStyle(label).transform).m42;
  });
}

/** The outline's colour and width around a field's input. */
async function outline(field: Locator): Promise<{ color: string; width: string }> {
  return field.evaluate((input) => {
    const fieldset = input.parentElement?.querySelector('fieldset');
    if (!fieldset) throw new Error('the field has no outline');
    const style = getComputedStyle(fieldset);
    return { color: style.borderTopColor, width: style.borderTopWidth };
  });
}

test.describe('form fields', () => {
  test('an empty field shows its label inside, and on the outline once it is focused or filled', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const image = editor.field('Image', editor.objectForm('Deployment server'));
    await expect.poll(() => labelOffset(image)).toBeLessThan(0);
    await image.fill('');
    await page.keyboard.press('Tab');
    await expect.poll(() => labelOffset(image)).toBeGreaterThan(0);
    // Focused from the keyboard: the label moves onto the outline, which turns primary and thick.
    await page.keyboard.press('Shift+Tab');
    await expect(image).toBeFocused();
    await expect.poll(() => labelOffset(image)).toBeLessThan(0);
    expect(await outline(image)).toEqual({ color: 'rgb(27, 94, 158)', width: '2px' });
    await page.keyboard.type('ghcr.io/me/server:1.0');
    await page.keyboard.press('Tab');
    await expect.poll(() => labelOffset(image)).toBeLessThan(0);
    expect(await outline(image)).toEqual({ color: 'rgba(0, 0, 0, 0.23)', width: '1px' });
    // Emptied, the field wrote `image: ""`; what is typed then keeps those quotes.
    expect(await editor.paneText()).toContain('image: "ghcr.io/me/server:1.0"');
  });

  test('a click on a label on the outline focuses its field; a select shows the focus ring', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const deployment = editor.objectForm('Deployment server');
    const image = editor.field('Image', deployment);
    await page.locator(`label[for="${await image.getAttribute('id')}"]`).click();
    await expect(image).toBeFocused();
    const policy = editor.field('Image pull policy', deployment);
    await page.locator(`label[for="${await policy.getAttribute('id')}"]`).click();
    await expect(policy).toBeFocused();
    // From the keyboard, the select shows the app's focus ring.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(policy).toBeFocused();
    expect(
      await policy.evaluate((select) => {
        const style = getComputedStyle(select);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      }),
    ).toBe('solid 3px rgb(255, 171, 0)');
  });

  test('a field with an error is outlined in red and says why under it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const service = editor.objectForm('Service server');
    const port = editor.field('Target port', service).first();
    await port.fill('grpcx');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    expect((await outline(port)).color).toBe('rgb(211, 47, 47)');
    const help = page.locator(`#${await port.getAttribute('aria-describedby')}`);
    await expect(help).toContainText('no container of Deployment server has a port by that name');
    await port.fill('grpc');
    await expect(port).toHaveAttribute('aria-invalid', 'false');
    await expect(help).not.toContainText('no container');
  });
});
