import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage } from './editor-page';

/** What the first animation frame after a keystroke found on the page. */
interface FrameSnapshot {
  yamlLine: boolean;
  formValue: string | null;
  diagramEdge: boolean;
  problem: boolean;
}

/** The 1-based line of the Service's `app:` selector entry in the example. */
function selectorLine(): number {
  const lines = EXAMPLE_MANIFEST.split('\n');
  const service = lines.indexOf('kind: Service');
  const selector = lines.findIndex((line, i) => i > service && line === '  selector:');
  expect(lines[selector + 1]).toMatch(/^ {4}app: /);
  return selector + 2;
}

/**
 * Arms a probe for the next keystroke: on the event that carries its edit (captured before any
 * handler of the page runs) it asks for an animation frame, and in that frame — the first one
 * painted after the keystroke — it records what the YAML pane, the form, the diagram and the
 * Problems list show.
 */
async function armFrameProbe(
  page: Page,
  value: string,
  formId: string,
  editEvent: 'input' | 'keydown',
): Promise<void> {
  await page.evaluate(
    ({ value, formId, editEvent }) => {
      const w = window as unknown as { __frame?: FrameSnapshot | null };
      w.__frame = null;
      const snapshot = (): FrameSnapshot => {
        const lines = document.querySelectorAll('[data-testid="yaml-editor"] .view-line');
        const input = document.getElementById(formId);
        return {
          yamlLine: [...lines].some(
            (line) => line.textContent.replace(/\u00a0/g, ' ').trim() === `app: ${value}`,
          ),
          formValue: input instanceof HTMLInputElement ? input.value : null,
          diagramEdge: [...document.querySelectorAll('[data-testid="diagram"] .react-flow__edge')]
            .map((edge) => edge.getAttribute('aria-label') ?? '')
            .some((label) => label.includes(`selector app=${value} matches no pod template`)),
          problem: [
            ...document.querySelectorAll('li[data-rule-id="service-selector-no-match"]'),
          ].some((item) => item.textContent.includes(`app=${value}`)),
        };
      };
      window.addEventListener(
        editEvent,
        () => requestAnimationFrame(() => (w.__frame = snapshot())),
        { capture: true, once: true },
      );
    },
    { value, formId, editEvent },
  );
}

async function nextFrameSnapshot(page: Page): Promise<FrameSnapshot> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __frame?: FrameSnapshot | null }).__frame ?? false,
  );
  return (await handle.jsonValue()) as FrameSnapshot;
}

/**
 * The example and a second app after it, named `second` ("ingress" becomes "ingress-2"): a
 * placeholder for the first Service's selector goes above the second app's boxes.
 */
const TWO_APPS = `${EXAMPLE_MANIFEST}---\n${EXAMPLE_MANIFEST.replaceAll('server', 'second').replace('name: ingress', 'name: ingress-2')}`;

/** Opens the example with the Service's selector line in Monaco's view; its field and value. */
async function openAtSelector(page: Page, text?: string) {
  const editor = new EditorPage(page);
  await editor.open();
  if (text !== undefined) {
    await editor.replacePaneText(text);
    await expect(editor.objectForm('Service second')).toBeVisible();
  }
  const field = editor.field('Selector: Value', editor.objectForm('Service server'));
  const formId = await field.getAttribute('id');
  expect(formId).not.toBeNull();
  const value = await field.inputValue();
  // Monaco draws only the lines in view: bring the selector's line into it.
  await editor.goToLineEnd(selectorLine());
  return { field, formId: formId ?? '', value };
}

test.describe('a keystroke is shown everywhere in the first frame after it', () => {
  for (const [name, text] of [
    ['the example', undefined],
    ['two apps (the edge goes to a placeholder above the second app)', TWO_APPS],
  ] as const)
    test(`typed in a form: the YAML pane, the diagram and the Problems list — ${name}`, async ({
      page,
    }) => {
      await typeInFormAndProbe(page, text);
    });

  test('typed in the YAML pane: the form, the diagram and the Problems list', async ({ page }) => {
    const start = await openAtSelector(page);
    const { formId } = start;
    let { value } = start;
    for (const key of ['x', 'y', 'Backspace']) {
      value = key === 'Backspace' ? value.slice(0, -1) : value + key;
      // Monaco deletes on Backspace's keydown (no input event); a letter arrives as an input event.
      await armFrameProbe(page, value, formId, key === 'Backspace' ? 'keydown' : 'input');
      await page.keyboard.press(key);
      // Monaco draws the typed character itself in that same frame, after this probe's callback.
      expect(await nextFrameSnapshot(page), `after ${key}`).toMatchObject({
        formValue: value,
        diagramEdge: true,
        problem: true,
      });
    }
  });
});

/** Types into the Service's selector field; after each key, the first frame shows it all. */
async function typeInFormAndProbe(page: Page, text: string | undefined): Promise<void> {
  const start = await openAtSelector(page, text);
  const { field, formId } = start;
  let { value } = start;
  await field.click();
  await page.keyboard.press('End');
  for (const key of ['x', 'y', 'Backspace']) {
    value = key === 'Backspace' ? value.slice(0, -1) : value + key;
    await armFrameProbe(page, value, formId, 'input');
    await page.keyboard.press(key);
    expect(await nextFrameSnapshot(page), `after ${key}`).toEqual({
      yamlLine: true,
      formValue: value,
      diagramEdge: true,
      problem: true,
    });
  }
}
