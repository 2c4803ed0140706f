import { expect, type Download, type FileChooser, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The kubewire editor as a user sees it: forms, the YAML pane and the toolbar. */
export class EditorPage {
  readonly yamlInput: Locator;
  readonly yamlLines: Locator;
  readonly downloadButton: Locator;
  /** The alert above the forms that says the YAML does not parse. */
  readonly syntaxAlert: Locator;

  constructor(readonly page: Page) {
    this.yamlInput = page.getByRole('textbox', { name: 'YAML manifest editor' });
    this.yamlLines = page.locator('[data-testid="yaml-editor"] .view-lines');
    this.downloadButton = page.getByRole('button', { name: 'Download YAML' });
    this.syntaxAlert = page.getByRole('region', { name: 'Objects' }).getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.goto('/');
    // The first load of a run waits for the lazy Monaco chunk from a cold `vite preview`.
    await expect(this.yamlLines).toContainText('kind: Ingress', { timeout: 30_000 });
  }

  /** The Problems region and its list items. */
  get problems(): Locator {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  problem(ruleId: string): Locator {
    return this.problems.locator(`li[data-rule-id="${ruleId}"]`);
  }

  /** Diagram edges whose accessible label matches, e.g. /Service server → Deployment server: broken/. */
  diagramEdges(label: RegExp): Locator {
    return this.page
      .getByTestId('diagram')
      .locator('.react-flow__edge')
      .and(this.page.getByLabel(label));
  }

  /** Monaco's squiggles for markers of a severity. */
  markers(severity: 'error' | 'warning' | 'info'): Locator {
    return this.page.locator(`[data-testid="yaml-editor"] .squiggly-${severity}`);
  }

  /** Opens the "Add a gRPC server" dialog from the toolbar, as a user does; returns it. */
  async openAddServerDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add gRPC server' }).click();
    return this.page.getByRole('dialog', { name: 'Add a gRPC server' });
  }

  objectForm(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  field(label: string, within?: Locator): Locator {
    return (within ?? this.page).getByLabel(label, { exact: true });
  }

  /** The whole text of the YAML pane, copied the way a user would: select all, copy. */
  async paneText(): Promise<string> {
    await this.yamlInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    const text = await this.page.evaluate(() => navigator.clipboard.readText());
    // Leave the selection, so later typing does not replace the whole text.
    await this.page.keyboard.press('ControlOrMeta+Home');
    return text;
  }

  /** Puts the YAML pane's cursor at the end of a 1-based line, by keyboard. */
  async goToLineEnd(line: number): Promise<void> {
    await this.yamlInput.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('End');
  }

  async download(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton.click(),
    ]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }

  /** Replaces the whole text of the YAML pane by pasting, as a user would. */
  async replacePaneText(text: string): Promise<void> {
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.yamlInput.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The rows of Monaco's suggest widget (completion), while it is open. */
  get suggestions(): Locator {
    return this.page.locator('.suggest-widget .monaco-list-row');
  }

  /** Monaco's hover box, while it is shown. */
  get hover(): Locator {
    return this.page.locator('.monaco-hover').filter({ visible: true });
  }

  /** Moves the mouse over the first word of the YAML pane that is exactly `word`. */
  async hoverWord(word: string): Promise<void> {
    await this.yamlLines
      .locator('span span', { hasText: new RegExp(`^${word}$`) })
      .first()
      .hover();
  }

  get formatButton(): Locator {
    return this.page.getByRole('button', { name: 'Format YAML' });
  }
}

/** The 1-based number of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

/** The lines that differ between two texts of the same length in lines. */
export function differingLines(
  before: string,
  after: string,
): { line: number; before?: string; after?: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const result: { line: number; before?: string; after?: string }[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) result.push({ line: i + 1, before: a[i], after: b[i] });
  }
  return result;
}

/** Opens files through the "Open files" button and the browser's file chooser, as a user does. */
export async function openFiles(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open files' }).click(),
  ]);
  await chooser.setFiles(files);
}

/** Opens `text` as one YAML file, `apps.yaml`, through "Open files". */
export async function openYamlFile(page: Page, text: string): Promise<void> {
  await openFiles(page, {
    name: 'apps.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
}
