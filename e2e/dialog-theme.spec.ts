import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

// The first view draws no MUI component and has no MUI theme: the dialogs bring the app's own
// (src/app/mui/with-theme.tsx). Without it they would draw in MUI's default blue, and keyboard
// focus would have MUI's faint ripple instead of the app's amber ring.
test('a dialog loaded on demand is drawn in the app’s theme, with its focus ring', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const dialog = await editor.openAddServerDialog();
  const add = dialog.getByRole('button', { name: 'Add', exact: true });
  // The theme's primary colour, #1b5e9e (MUI's default is #1976d2).
  await expect(add).toHaveCSS('background-color', 'rgb(27, 94, 158)');
  await add.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await expect(add).toHaveCSS('outline', 'rgb(255, 171, 0) solid 3px');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
