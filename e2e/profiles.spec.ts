import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

/** The "Ingress controller" control in the toolbar. */
const controller = (editor: EditorPage) => editor.page.getByLabel('Ingress controller');
const errors = (editor: EditorPage) => editor.problems.locator('li[data-severity="error"]');

test.describe('ingress-controller profiles', () => {
  test('the example is detected as Okteto, and switching rewrites it for Traefik', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await expect(controller(editor)).toHaveValue('okteto-nginx');
    await controller(editor).selectOption({ label: 'Traefik (k3s)' });
    await expect(page.getByRole('status').filter({ hasText: 'Rewritten for' })).toHaveText(
      'Rewritten for Traefik (k3s). Undo takes it back.',
    );
    const text = await editor.paneText();
    expect(text).toContain('ingressClassName: traefik');
    expect(text).toContain('traefik.ingress.kubernetes.io/service.serversscheme: h2c');
    expect(text).not.toContain('nginx.ingress.kubernetes.io/backend-protocol');
    await expect(controller(editor)).toHaveValue('traefik');
    await expect(errors(editor)).toHaveCount(0);
    await expect(editor.diagramEdges(/Ingress ingress → Service server: resolved/)).toHaveCount(1);
  });

  test('Gateway API replaces the Ingress with a Gateway and a GRPCRoute, and undo brings it back', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const before = await editor.paneText();
    // From the keyboard: focus the control and choose with the arrow keys' value.
    await controller(editor).focus();
    await controller(editor).selectOption('gateway-api');
    await expect(editor.objectForm('GRPCRoute ingress')).toBeVisible();
    const text = await editor.paneText();
    expect(text).toContain('kind: Gateway\n');
    expect(text).toContain('kind: GRPCRoute');
    expect(text).not.toContain('kind: Ingress');
    await expect(errors(editor)).toHaveCount(0);
    const route = editor.objectForm('GRPCRoute ingress');
    await expect(editor.field('Service', route)).toHaveValue('server');
    await expect(editor.field('Service port', route)).toHaveValue('9000');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await editor.paneText()).toBe(before);
    await expect(controller(editor)).toHaveValue('okteto-nginx');
  });

  test('the ingress-nginx-retired advice offers the Gateway API as a quick fix', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const advice = editor.problem('ingress-nginx-retired');
    await expect(advice).toHaveCount(1);
    await advice
      .getByRole('button', { name: 'Fix: Switch to the Gateway API (GRPCRoute)' })
      .click();
    await expect(controller(editor)).toHaveValue('gateway-api');
    await expect(editor.problem('ingress-nginx-retired')).toHaveCount(0);
    await expect(errors(editor)).toHaveCount(0);
  });
});

test.describe('more than one of each', () => {
  test('add a second gRPC server behind the same host, split by gRPC service path', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const dialog = await editor.openAddServerDialog();
    await editor.field('Name', dialog).fill('greeter');
    await editor.field('gRPC service to route to it (optional)', dialog).fill('helloworld.Greeter');
    await editor.field('gRPC service to route to it (optional)', dialog).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(editor.objectForm('Service greeter')).toBeVisible();
    await expect(editor.objectForm('Deployment greeter')).toBeVisible();
    const text = await editor.paneText();
    expect(text).toContain('path: /helloworld.Greeter');
    await expect(errors(editor)).toHaveCount(0);
    await expect(editor.diagramEdges(/Ingress ingress → Service greeter: resolved/)).toHaveCount(1);
    await expect(
      editor.diagramEdges(/Service greeter → Deployment greeter: resolved/),
    ).not.toHaveCount(0);
    await expect(editor.diagramEdges(/broken/)).toHaveCount(0);
  });

  test('remove a Deployment after a confirmation that names what would break', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const deployment = editor.objectForm('Deployment server');
    await deployment.getByRole('button', { name: 'Remove Deployment server' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Deployment server?' });
    await expect(dialog).toContainText('would no longer resolve');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(deployment).toBeVisible();
    await deployment.getByRole('button', { name: 'Remove Deployment server' }).click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(deployment).toHaveCount(0);
    expect(await editor.paneText()).not.toContain('kind: Deployment');
    await expect(editor.problem('service-selector-no-match')).toHaveCount(1);
  });

  test('renaming a Service offers to update the Ingress backend that names it', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.field('Name', editor.objectForm('Service server')).fill('api');
    await expect(editor.problem('ingress-service-missing')).toHaveCount(1);
    // The form's title follows the new name.
    const service = editor.objectForm('Service api');
    const offer = service.getByRole('alert').filter({ hasText: 'still use “server”' });
    await offer.getByRole('button', { name: 'Update them to “api”' }).click();
    await expect(offer).toHaveCount(0);
    await expect(editor.problem('ingress-service-missing')).toHaveCount(0);
    const backend = editor.objectForm('Ingress ingress');
    await expect(editor.field('Backend Service', backend)).toHaveValue('api');
  });

  test('add a rule to the GRPCRoute for one gRPC service, and remove it', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await controller(editor).selectOption('gateway-api');
    const route = editor.objectForm('GRPCRoute ingress');
    await route.getByRole('button', { name: 'Add route rule' }).click();
    const rule = route.getByRole('region', { name: 'Rule: my.package.Service → server' });
    await expect(rule).toBeVisible();
    await editor.field('gRPC service', rule).fill('helloworld.Greeter');
    const renamed = route.getByRole('region', { name: 'Rule: helloworld.Greeter → server' });
    await expect(renamed).toBeVisible();
    expect(await editor.paneText()).toContain('service: helloworld.Greeter');
    await expect(errors(editor)).toHaveCount(0);
    await renamed.getByRole('button', { name: 'Remove Rule: helloworld.Greeter → server' }).click();
    await expect(renamed).toHaveCount(0);
    expect(await editor.paneText()).not.toContain('helloworld.Greeter');
  });
});
