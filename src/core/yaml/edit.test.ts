import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyEdit, applyEdits, type EditCommand } from './edit';
import { parseManifest } from './parse';
import { changedLines } from '../../testing/line-diff';

function edit(text: string, command: EditCommand): string {
  const result = applyEdit(text, command);
  if (!result.ok) throw new Error(`edit failed: ${result.reason}`);
  return result.text;
}

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('set', () => {
  it('changes only the line of the image, keeping every comment', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'set',
      doc: 2,
      path: [...CONTAINER, 'image'],
      value: 'ghcr.io/me/server:v2',
    });
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual({
      removed: ['          image: okteto.dev/codingpot-pr12er-server'],
      added: ['          image: ghcr.io/me/server:v2'],
    });
  });

  it('keeps the quoting style of the value it replaces', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'set',
      doc: 0,
      path: ['metadata', 'annotations', 'nginx.ingress.kubernetes.io/backend-protocol'],
      value: 'GRPCS',
    });
    expect(changedLines(EXAMPLE_MANIFEST, after).added).toEqual([
      '    nginx.ingress.kubernetes.io/backend-protocol: "GRPCS"',
    ]);
  });

  it('quotes strings that would otherwise read as another type', () => {
    const text = 'a:\n  b: x\n';
    expect(edit(text, { type: 'set', doc: 0, path: ['a', 'b'], value: 'true' })).toBe(
      'a:\n  b: "true"\n',
    );
    expect(edit(text, { type: 'set', doc: 0, path: ['a', 'b'], value: 9000 })).toBe(
      'a:\n  b: 9000\n',
    );
  });

  it('keeps a trailing comment on the edited line', () => {
    const text = 'spec:\n  replicas: 1 # one is enough\n  x: 2\n';
    expect(edit(text, { type: 'set', doc: 0, path: ['spec', 'replicas'], value: 3 })).toBe(
      'spec:\n  replicas: 3 # one is enough\n  x: 2\n',
    );
  });

  it('adds a missing key in its conventional place', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'set',
      doc: 1,
      path: ['metadata', 'namespace'],
      value: 'demo',
    });
    expect(after).toContain('  name: server\n  namespace: demo\n  labels:\n');
    expect(changedLines(EXAMPLE_MANIFEST, after).removed).toEqual([]);
  });

  it('quotes a new string like the values beside it', () => {
    const text = 'annotations:\n  a: "true"\n  b: "x"\n';
    expect(edit(text, { type: 'set', doc: 0, path: ['annotations', 'c'], value: 'GRPC' })).toBe(
      'annotations:\n  a: "true"\n  b: "x"\n  c: "GRPC"\n',
    );
    expect(
      edit('labels:\n  app: x\n', { type: 'set', doc: 0, path: ['labels', 'tier'], value: 'y' }),
    ).toBe('labels:\n  app: x\n  tier: y\n');
  });

  it('creates missing parent maps as block lines', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: server\n';
    const after = edit(text, {
      type: 'set',
      doc: 0,
      path: ['spec', 'selector', 'app'],
      value: 'server',
    });
    expect(after).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: server\nspec:\n  selector:\n    app: server\n',
    );
  });

  it('fills an empty value and an empty flow map', () => {
    expect(
      edit('metadata:\n  labels:\n', {
        type: 'set',
        doc: 0,
        path: ['metadata', 'labels', 'app'],
        value: 'x',
      }),
    ).toBe('metadata:\n  labels:\n    app: x\n');
    expect(
      edit('metadata:\n  labels: {}\n', {
        type: 'set',
        doc: 0,
        path: ['metadata', 'labels', 'app'],
        value: 'x',
      }),
    ).toBe('metadata:\n  labels:\n    app: x\n');
  });

  it('adds to a non-empty flow map in flow style', () => {
    expect(
      edit('labels: {a: b}\n', { type: 'set', doc: 0, path: ['labels', 'c'], value: 'd' }),
    ).toBe('labels: {a: b, c: d}\n');
  });

  it('sets an item inside a flow sequence in place', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'set',
      doc: 2,
      path: [...CONTAINER, 'readinessProbe', 'exec', 'command', 1],
      value: '--addr=:9001',
    });
    expect(changedLines(EXAMPLE_MANIFEST, after).added).toEqual([
      '              command: ["/bin/grpc_health_probe", "--addr=:9001"]',
    ]);
  });

  it('replaces a scalar with a structure under the same key', () => {
    const text = 'spec:\n  port: 80\n  other: 1\n';
    expect(
      edit(text, { type: 'set', doc: 0, path: ['spec', 'port'], value: { name: 'grpc' } }),
    ).toBe('spec:\n  port:\n    name: grpc\n  other: 1\n');
  });

  it('follows the document style for sequences that are not indented', () => {
    const text = 'spec:\n  ports:\n  - name: a\n    port: 1\n';
    const after = edit(text, {
      type: 'set',
      doc: 0,
      path: ['spec', 'env'],
      value: [{ name: 'X' }],
    });
    expect(after).toBe('spec:\n  ports:\n  - name: a\n    port: 1\n  env:\n  - name: X\n');
  });

  it('keeps CRLF line ends', () => {
    const text = 'metadata:\r\n  name: a\r\n';
    expect(edit(text, { type: 'set', doc: 0, path: ['metadata', 'namespace'], value: 'n' })).toBe(
      'metadata:\r\n  name: a\r\n  namespace: n\r\n',
    );
  });

  it('adds a line end before a key added after a last line without one', () => {
    expect(edit('a:\n  b: 1', { type: 'set', doc: 0, path: ['a', 'zz'], value: 2 })).toBe(
      'a:\n  b: 1\n  zz: 2\n',
    );
  });

  it('edits the right document of several', () => {
    const text = 'kind: A\nname: a\n---\nkind: B\nname: b\n';
    expect(edit(text, { type: 'set', doc: 1, path: ['name'], value: 'c' })).toBe(
      'kind: A\nname: a\n---\nkind: B\nname: c\n',
    );
  });

  it('deletes when the value is undefined', () => {
    const text = 'a:\n  b: 1\n  c: 2\n';
    expect(edit(text, { type: 'set', doc: 0, path: ['a', 'b'], value: undefined })).toBe(
      'a:\n  c: 2\n',
    );
  });
});

describe('append', () => {
  it('adds a container port as block lines after the last one', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'append',
      doc: 2,
      path: [...CONTAINER, 'ports'],
      value: { name: 'http', containerPort: 8080, protocol: 'TCP' },
    });
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual({
      removed: [],
      added: [
        '            - name: http',
        '              containerPort: 8080',
        '              protocol: TCP',
      ],
    });
    expect(parseManifest(after).syntaxErrors).toEqual([]);
  });

  it('adds an env var', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'append',
      doc: 2,
      path: [...CONTAINER, 'env'],
      value: { name: 'LOG_LEVEL', value: 'debug' },
    });
    const deployment = parseManifest(after).documents[2]?.object as {
      spec: { template: { spec: { containers: { env: unknown[] }[] } } };
    };
    const env = deployment.spec.template.spec.containers[0]?.env;
    expect(env).toHaveLength(3);
    expect(env?.[2]).toEqual({ name: 'LOG_LEVEL', value: 'debug' });
  });

  it('creates a missing sequence', () => {
    const text = 'spec:\n  name: a\n';
    expect(
      edit(text, { type: 'append', doc: 0, path: ['spec', 'tls'], value: { secretName: 's' } }),
    ).toBe('spec:\n  name: a\n  tls:\n    - secretName: s\n');
  });

  it('appends to flow and empty sequences', () => {
    expect(edit('args: [a]\n', { type: 'append', doc: 0, path: ['args'], value: 'b' })).toBe(
      'args: [a, b]\n',
    );
    // An empty `[]` is usually what a removal left behind: the new item is written as a block.
    expect(edit('args: []\n', { type: 'append', doc: 0, path: ['args'], value: 'b' })).toBe(
      'args:\n  - b\n',
    );
  });

  it('adds a scalar item', () => {
    expect(edit('hosts:\n  - a\n', { type: 'append', doc: 0, path: ['hosts'], value: 'b' })).toBe(
      'hosts:\n  - a\n  - b\n',
    );
  });

  it('refuses to append to a map', () => {
    expect(applyEdit('a:\n  b: 1\n', { type: 'append', doc: 0, path: ['a'], value: 1 })).toEqual({
      ok: false,
      reason: 'not-a-collection',
    });
  });
});

describe('delete', () => {
  it('removes a sequence item with all its lines', () => {
    const after = edit(EXAMPLE_MANIFEST, { type: 'delete', doc: 1, path: ['spec', 'ports', 1] });
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual({
      removed: [
        '    - name: http-metrics',
        '      port: 9093',
        '      protocol: TCP',
        '      targetPort: http-metrics',
      ],
      added: [],
    });
  });

  it('removes an annotation and keeps the comment above the next one', () => {
    const after = edit(EXAMPLE_MANIFEST, {
      type: 'delete',
      doc: 0,
      path: ['metadata', 'annotations', 'nginx.ingress.kubernetes.io/ssl-redirect'],
    });
    expect(changedLines(EXAMPLE_MANIFEST, after)).toEqual({
      removed: ['    nginx.ingress.kubernetes.io/ssl-redirect: "true"'],
      added: [],
    });
  });

  it('removes the first key of a map inside a sequence item', () => {
    const text = 'ports:\n  - name: a\n    port: 1\n';
    expect(edit(text, { type: 'delete', doc: 0, path: ['ports', 0, 'name'] })).toBe(
      'ports:\n  - port: 1\n',
    );
  });

  it('leaves an empty collection when the last entry goes', () => {
    expect(
      edit('metadata:\n  labels:\n    app: x\n', {
        type: 'delete',
        doc: 0,
        path: ['metadata', 'labels', 'app'],
      }),
    ).toBe('metadata:\n  labels: {}\n');
    expect(edit('env:\n  - name: A\n', { type: 'delete', doc: 0, path: ['env', 0] })).toBe(
      'env: []\n',
    );
  });

  it('removes from flow collections', () => {
    expect(edit('args: [a, b]\n', { type: 'delete', doc: 0, path: ['args', 0] })).toBe(
      'args: [b]\n',
    );
    expect(edit('l: {a: 1, b: 2}\n', { type: 'delete', doc: 0, path: ['l', 'a'] })).toBe(
      'l: {b: 2}\n',
    );
  });

  it('reports a path that does not exist', () => {
    expect(applyEdit('a: 1\n', { type: 'delete', doc: 0, path: ['b'] })).toEqual({
      ok: false,
      reason: 'no-such-path',
    });
  });
});

describe('renameKey', () => {
  it('renames a label key in place', () => {
    const text = 'labels:\n  app: server # main\n  tier: x\n';
    expect(
      edit(text, { type: 'renameKey', doc: 0, path: ['labels'], from: 'app', to: 'name' }),
    ).toBe('labels:\n  name: server # main\n  tier: x\n');
  });

  it('refuses a key that exists already or is empty, so the text never gets a duplicate key', () => {
    const text = 'labels:\n  app: server\n  tier: x\n';
    expect(
      applyEdit(text, { type: 'renameKey', doc: 0, path: ['labels'], from: 'app', to: 'tier' }),
    ).toEqual({
      ok: false,
      reason: 'key-exists',
    });
    expect(
      applyEdit(text, { type: 'renameKey', doc: 0, path: ['labels'], from: 'app', to: '' }),
    ).toEqual({
      ok: false,
      reason: 'empty-key',
    });
  });
});

describe('applyEdits', () => {
  it('switches an ingress backend port from name to number in one step', () => {
    const port = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port'];
    const result = applyEdits(EXAMPLE_MANIFEST, [
      { type: 'delete', doc: 0, path: [...port, 'name'] },
      { type: 'set', doc: 0, path: [...port, 'number'], value: 9000 },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(changedLines(EXAMPLE_MANIFEST, result.text)).toEqual({
      removed: ['                  name: grpc'],
      added: ['                  number: 9000'],
    });
  });

  it('refuses to edit text that does not parse', () => {
    expect(applyEdits('a: [\n', [{ type: 'set', doc: 0, path: ['a'], value: 1 }])).toEqual({
      ok: false,
      reason: 'syntax-error',
    });
  });
});
