import { expect, test } from '@playwright/test';
import { EXAMPLE_MANIFEST } from '../src/core/model/example';
import { EditorPage } from './editor-page';

test.describe('lists in the forms grow and shrink', () => {
  test('add a container port, edit it, and remove it again', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const deployment = editor.objectForm('Deployment server');
    await deployment.getByRole('button', { name: 'Add port' }).click();
    const port = deployment.getByRole('region', { name: 'Port http', exact: true });
    await expect(editor.field('Container port', port)).toHaveValue('9094');
    await editor.field('Container port', port).fill('8080');
    expect(await editor.paneText()).toContain(
      [
        '            - name: http-metrics',
        '              containerPort: 9093',
        '              protocol: TCP',
        '            - name: http',
        '              containerPort: 8080',
        '              protocol: TCP',
        '          resources:',
      ].join('\n'),
    );
    await port.getByRole('button', { name: 'Remove Port http', exact: true }).click();
    await expect(port).toHaveCount(0);
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('add an environment variable and type its name and value', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const deployment = editor.objectForm('Deployment server');
    await deployment.getByRole('button', { name: 'Add environment variable' }).click();
    const variable = deployment.getByRole('region', { name: 'Environment variable NEW_VARIABLE' });
    await editor.field('Variable value', variable).fill('9000');
    await editor.field('Variable name', variable).fill('GRPC_PORT');
    const renamed = deployment.getByRole('region', { name: 'Environment variable GRPC_PORT' });
    await expect(renamed).toBeVisible();
    expect(await editor.paneText()).toContain(
      '            - name: PR12ER_PROMETHEUS_PORT\n              value: "9093"\n            - name: GRPC_PORT\n              value: "9000"\n',
    );
    await renamed.getByRole('button', { name: 'Remove Environment variable GRPC_PORT' }).click();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('add an annotation, rename its key and set its value', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const ingress = editor.objectForm('Ingress ingress');
    await ingress.getByRole('button', { name: 'Add to Annotations' }).click();
    const entry = ingress.getByRole('group', { name: 'Annotations entry key' });
    await editor.field('Annotations: Value', entry).fill('3600');
    await editor
      .field('Annotations: Key', entry)
      .fill('nginx.ingress.kubernetes.io/grpc-read-timeout');
    expect(await editor.paneText()).toContain(
      '    nginx.ingress.kubernetes.io/ssl-redirect: "true"\n    nginx.ingress.kubernetes.io/grpc-read-timeout: "3600"\nspec:\n',
    );
    await ingress
      .getByRole('button', {
        name: 'Remove Annotations entry nginx.ingress.kubernetes.io/grpc-read-timeout',
      })
      .click();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('a label key that is already used is refused, never written twice', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const service = editor.objectForm('Service server');
    await service.getByRole('button', { name: 'Add to Labels' }).click();
    const entry = service.getByRole('group', { name: 'Labels entry app-2' });
    const key = editor.field('Labels: Key', entry);
    await key.fill('app');
    await expect(entry).toContainText('That key is already used in this map.');
    expect(await editor.paneText()).toContain('  labels:\n    app: server\n    app-2: ""\n');
    await expect(editor.syntaxAlert).toHaveCount(0);
  });

  test('add an ingress path, point it at a port number, and remove it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const ingress = editor.objectForm('Ingress ingress');
    await ingress.getByRole('button', { name: 'Add path' }).click();
    const paths = ingress.getByRole('region', { name: 'Path /' });
    await expect(paths).toHaveCount(2);
    const added = paths.nth(1);
    await editor.field('Path', added).fill('/helloworld.Greeter');
    const renamed = ingress.getByRole('region', { name: 'Path /helloworld.Greeter' });
    await renamed.getByLabel('Refer to the Service port by').selectOption('number');
    await editor.field('Service port number', renamed).fill('9000');
    const text = await editor.paneText();
    expect(text).toContain(
      [
        '          - path: /helloworld.Greeter',
        '            pathType: Prefix',
        '            backend:',
        '              service:',
        '                name: server',
        '                port:',
        '                  number: 9000',
      ].join('\n'),
    );
    await renamed.getByRole('button', { name: 'Remove Path /helloworld.Greeter' }).click();
    expect(await editor.paneText()).toBe(EXAMPLE_MANIFEST);
  });

  test('switch the readiness probe to the native gRPC check', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const deployment = editor.objectForm('Deployment server');
    await deployment.getByLabel('Readiness probe check').selectOption('grpc');
    await expect(editor.field('Readiness probe: Probe port', deployment)).toHaveValue('9000');
    const text = await editor.paneText();
    expect(text).toContain(
      // The handler goes where Kubernetes documents put it: before the timing fields.
      '          readinessProbe:\n            grpc:\n              port: 9000\n            initialDelaySeconds: 10\n',
    );
    await deployment.getByLabel('Readiness probe check').selectOption('exec');
    await expect(editor.field('Readiness probe: Command part 1', deployment)).toHaveValue(
      '/bin/grpc_health_probe',
    );
  });
});

test.describe('the forms on screen', () => {
  test('nothing covers a field, and objects are divided by a thin line', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    for (const title of ['Ingress ingress', 'Service server', 'Deployment server']) {
      const name = editor.field('Name', editor.objectForm(title));
      await name.scrollIntoViewIfNeeded();
      // What a click at the field's centre would hit: the input itself, not a layer over it.
      const hit = await name.evaluate((input) => {
        const box = input.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return top === input;
      });
      expect(hit, title).toBe(true);
      await name.click();
      await expect(name).toBeFocused();
    }
    // The line between two objects' forms is a line: it once tinted the whole form grey.
    const dividers = await page
      .getByRole('region', { name: 'Objects' })
      .locator('.kw-object')
      .evaluateAll((papers) =>
        papers.map((paper) => {
          const before = getComputedStyle(paper, '::before');
          return before.content === 'none' ? null : before.height;
        }),
      );
    expect(dividers.filter((height) => height !== null)).toEqual(['1px', '1px']);
  });
});

test.describe('keyboard use', () => {
  test('a select is reached by Tab and changed with the keyboard, with visible focus', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.field('Image').focus();
    await page.keyboard.press('Tab');
    const pullPolicy = editor.field('Image pull policy');
    await expect(pullPolicy).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(pullPolicy).toHaveValue('Always');
    expect(await editor.paneText()).toContain('          imagePullPolicy: Always\n');

    await editor.field('Replicas').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('type', 'button');
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
  });
});
