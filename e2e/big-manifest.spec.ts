import { expect, test } from '@playwright/test';
import { appName, generateManifest } from '../bench/generate';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage, openYamlFile } from './editor-page';

/** What the Problems summary should say of a text: counted from `kubewire check`'s verdict. */
async function summaryByCli(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kubewire-big-'));
  const file = join(dir, 'apps.yaml');
  await writeFile(file, text);
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const diagnostics = JSON.parse(run.stdout) as { severity: string }[];
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  return `Errors: ${String(count('error'))} · Warnings: ${String(count('warning'))} · Advice: ${String(count('info'))}`;
}

test.describe('a big manifest (300 objects, about 290 kB)', () => {
  // Reading, checking and drawing it takes seconds on a slow machine.
  test.setTimeout(180_000);

  test('opens in slices: it says it is reading, then shows every object, its problems, a diagram of the first objects and the text with its markers, undone in one step', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    // Emoji (two UTF-16 units each) all through it: the YAML pane takes the text in pieces, and
    // no piece may end inside one.
    const text = generateManifest(300).replaceAll('# Source:', '# 🚀\n# Source:');
    // Whether the page said it was reading.
    await page.evaluate(() => {
      const seen = { status: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const status = [...document.querySelectorAll('#forms [aria-live]')].some(
          (element) => element.textContent === 'Reading the manifest…',
        );
        seen.status ||= status;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openYamlFile(page, text);

    await expect(editor.problems.locator('[aria-live]')).toHaveText(await summaryByCli(text), {
      timeout: 60_000,
    });
    const seen = await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen);
    expect(seen).toEqual({ status: true });
    await expect(page.locator('#forms [aria-live]')).toHaveText('');

    // Every object gets its form heading, over several tasks.
    const headings = page.locator('#forms h3 button[aria-expanded]');
    await expect(headings).toHaveCount(300, { timeout: 60_000 });
    await expect(headings.last()).toHaveText(new RegExp(`^Deployment ${appName(99)}from `));

    // The diagram draws the first 150 objects and says so; the button draws them all.
    const diagram = page.getByTestId('diagram');
    const nodes = diagram.locator('.react-flow__node');
    await expect(diagram.getByRole('status')).toHaveText(
      /The diagram shows the first 150 of 300 objects/,
    );
    await expect(nodes).toHaveCount(150);
    await diagram.getByRole('button', { name: 'Show all 300' }).click();
    // The button went away with the note; the keyboard's place is the diagram's first object.
    await expect(nodes.first()).toBeFocused();
    await expect(nodes).toHaveCount(300, { timeout: 60_000 });
    await expect(diagram.getByRole('status')).toHaveCount(0);

    // The pane holds the whole text, and takes typing again once it is all there.
    expect(await editor.paneText()).toBe(text);
    // Its problems are marked in it too (the first is on line 15), once the last piece is in.
    await expect(editor.markers('info').first()).toBeVisible({ timeout: 30_000 });
    // Monaco's own undo takes the whole file back in one step, though it was written in pieces.
    await editor.yamlInput.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor.objectForm('Deployment server')).toBeVisible({ timeout: 30_000 });
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('an object deep in it is edited in its form like any other: only its line changes, and its problem goes', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const text = generateManifest(300);
    await openYamlFile(page, text);
    // Every seventh app's Service names a port its pods do not have; app-091's is the 14th.
    const missing = editor.problem('service-target-port-missing');
    await expect(missing).toHaveCount(14, { timeout: 60_000 });

    // Its document (the 272nd) was read by the quick reader; the form edits it all the same.
    const heading = page.locator('#forms h3 button[aria-expanded]', {
      hasText: /^Service app-091/,
    });
    await heading.click();
    const port = editor
      .objectForm('Service app-091 from app-091/templates/service.yaml')
      .getByRole('region', { name: 'Service port grpc', exact: true });
    await expect(editor.field('Target port', port)).toHaveValue('gprc');
    await editor.field('Target port', port).fill('grpc');

    await expect(missing).toHaveCount(13);
    await expect(missing.filter({ hasText: 'app-091' })).toHaveCount(0);
    const service = text.indexOf('kind: Service\nmetadata:\n  name: app-091\n');
    const typo = text.indexOf('targetPort: gprc', service);
    expect(service).toBeGreaterThan(0);
    const expected = `${text.slice(0, typo)}targetPort: grpc${text.slice(typo + 16)}`;
    expect(await editor.paneText()).toBe(expected);
  });
});
