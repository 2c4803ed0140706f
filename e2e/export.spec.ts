import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFile } from 'node:fs/promises';
import { parse, parseAllDocuments } from 'yaml';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage } from './editor-page';

/** The editor with the repo-ready export: the ZIP and "How to check it works". */
class ExportPage extends EditorPage {
  readonly zipButton: Locator;
  readonly checksButton: Locator;
  readonly checksDialog: Locator;

  constructor(page: Page) {
    super(page);
    this.zipButton = page.getByRole('button', { name: 'Download ZIP' });
    this.checksButton = page.getByRole('button', { name: 'How to check it works' });
    this.checksDialog = page.getByRole('dialog', { name: 'How to check it works' });
  }

  /** Clicks "Download ZIP" and reads every file of the ZIP as text, in the ZIP's order. */
  async downloadZip(): Promise<{ download: Download; files: Map<string, string> }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.zipButton.click(),
    ]);
    const bytes = await readFile(await download.path());
    const entries = Object.entries(unzipSync(new Uint8Array(bytes)));
    return { download, files: new Map(entries.map(([name, data]) => [name, strFromU8(data)])) };
  }

  copyButton(command: string): Locator {
    return this.checksDialog.getByRole('button', { name: `Copy command: ${command}`, exact: true });
  }
}

function objects(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => doc.toJS() as unknown);
}

test.describe('the repo-ready export', () => {
  test('Download ZIP gives one file per app, the Ingress, a kustomization and okteto.yaml', async ({
    page,
  }) => {
    const editor = new ExportPage(page);
    await editor.open();
    const { download, files } = await editor.downloadZip();
    expect(download.suggestedFilename()).toBe('kubewire-manifests.zip');
    expect([...files.keys()]).toEqual([
      'ingress.yaml',
      'server.yaml',
      'kustomization.yaml',
      'okteto.yaml',
    ]);

    // kustomization.yaml lists every YAML file of the ZIP (but itself and okteto.yaml).
    const kustomization = parse(files.get('kustomization.yaml') ?? '') as {
      kind: string;
      resources: string[];
    };
    expect(kustomization.kind).toBe('Kustomization');
    const manifests = [...files.keys()].filter(
      (name) => name !== 'kustomization.yaml' && name !== 'okteto.yaml',
    );
    expect(kustomization.resources).toEqual(manifests);

    // Together the files are exactly the example's objects, comments kept in each file.
    expect(objects(manifests.map((name) => files.get(name)).join('---\n'))).toEqual(
      objects(EXAMPLE_MANIFEST),
    );
    expect(files.get('server.yaml')).toContain('kind: Service');
    expect(files.get('server.yaml')).toContain('kind: Deployment');
    expect(files.get('ingress.yaml')).toContain('# Without this, ingress-nginx talks HTTP/1.1');
    expect(parse(files.get('okteto.yaml') ?? '')).toEqual({
      deploy: {
        commands: [
          { name: 'Apply the files listed in kustomization.yaml', command: 'kubectl apply -k .' },
        ],
      },
    });

    // The same manifest, the same bytes.
    const again = await editor.downloadZip();
    const first = await readFile(await download.path());
    expect((await readFile(await again.download.path())).equals(first)).toBe(true);
  });

  test('"How to check it works" lists this manifest’s commands; Copy copies one exactly', async ({
    page,
  }) => {
    const editor = new ExportPage(page);
    await editor.open();

    // Opened from the keyboard.
    await editor.checksButton.focus();
    await page.keyboard.press('Enter');
    const dialog = editor.checksDialog;
    await expect(dialog).toBeVisible();

    const codes = dialog.locator('code');
    await expect(codes).toHaveText([
      'kubectl apply -k .',
      'okteto deploy',
      'kubectl rollout status deployment/server',
      'kubectl port-forward svc/server 9000:9000',
      'grpcurl -plaintext localhost:9000 list',
      'okteto endpoints',
      'grpcurl ingress-<namespace>.<okteto-domain>:443 list',
      'kubectl get endpoints server',
    ]);
    await expect(dialog).toContainText('okteto endpoints');
    await expect(dialog).toContainText(
      'the Service selector matches no ready pod: the selector’s labels differ from the pods’ labels, or the pods are not ready because their readiness probe fails',
    );
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
      'Deploy',
      'Wait until the pods are ready',
      'Call the server directly, past the Ingress',
      'Call it through the Ingress, as your users will',
      'When a call fails',
    ]);

    // Copy puts exactly the command on the clipboard, and says so.
    const portForward = 'kubectl port-forward svc/server 9000:9000';
    await editor.copyButton(portForward).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(portForward);
    await editor.copyButton('kubectl get endpoints server').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'kubectl get endpoints server',
    );

    // Escape closes it, and the focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(editor.checksButton).toBeFocused();

    // Space opens it too.
    await page.keyboard.press('Space');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(editor.checksButton).toBeFocused();
  });

  test('the commands follow the manifest: a namespace and a host of one’s own', async ({
    page,
  }) => {
    const editor = new ExportPage(page);
    await editor.open();
    const text = EXAMPLE_MANIFEST.replaceAll(
      'metadata:\n  name: server\n',
      'metadata:\n  name: server\n  namespace: prod\n',
    )
      .replace('metadata:\n  name: ingress\n', 'metadata:\n  name: ingress\n  namespace: prod\n')
      .replace('dev.okteto.com/generate-host: "true"', 'dev.okteto.com/generate-host: "false"')
      .replace('    - http:\n', '    - host: grpc.example.com\n      http:\n');
    await editor.replacePaneText(text);
    await expect(editor.field('Namespace').first()).toHaveValue('prod');
    await editor.checksButton.click();
    const codes = editor.checksDialog.locator('code');
    await expect(codes).toHaveText([
      'kubectl apply -k .',
      'kubectl rollout status deployment/server -n prod',
      'kubectl port-forward svc/server 9000:9000 -n prod',
      'grpcurl -plaintext localhost:9000 list',
      'grpcurl grpc.example.com:443 list',
      'kubectl get endpoints server -n prod',
    ]);
  });
});
