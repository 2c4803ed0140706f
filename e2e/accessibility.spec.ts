import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

/** Roles of the controls a user operates; each must carry an accessible name. */
const CONTROL = /^\s*- (button|textbox|combobox|spinbutton|checkbox|radio|tab|link)(?<rest>.*)$/;

test('every control on the page has an accessible name', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const snapshot = await page.locator('body').ariaSnapshot();
  const controls = snapshot.split('\n').filter((line) => CONTROL.test(line));
  expect(controls.length).toBeGreaterThan(80);
  const nameless = controls.filter((line) => !/^\s*- \w+ "[^"]+"/.test(line));
  expect(nameless).toEqual([]);
});
