import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { documentTexts, objectBaseName, safeNamePart, splitManifest } from './split';

function split(text: string) {
  return splitManifest(parseManifest(text)).map(({ name, text: own }) => [name, own]);
}

function object(kind: string, name: string, extra = '', apiVersion = 'v1'): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}`;
}

const deployment = (name: string, app: string) =>
  object(
    'Deployment',
    name,
    `spec:\n  selector:\n    matchLabels: {app: ${app}}\n  template:\n    metadata:\n      labels: {app: ${app}}\n`,
    'apps/v1',
  );
const service = (name: string, app: string) =>
  object('Service', name, `spec:\n  selector: {app: ${app}}\n  ports: [{port: 80}]\n`);

describe('splitting a manifest into files', () => {
  it('puts the example in ingress.yaml and server.yaml, each with its own text', () => {
    const files = splitManifest(parseManifest(EXAMPLE_MANIFEST));
    expect(files.map((file) => [file.name, file.docs])).toEqual([
      ['ingress.yaml', [0]],
      ['server.yaml', [1, 2]],
    ]);
    expect(files.map((file) => file.text).join('---\n')).toBe(EXAMPLE_MANIFEST);
  });

  it('groups a workload with the Services that select it, wherever they are', () => {
    const text = [
      service('web', 'web'),
      deployment('api', 'api'),
      object('ConfigMap', 'api'),
      service('api-metrics', 'api'),
      deployment('web', 'web'),
      service('api', 'api'),
      service('orphan', 'nobody'),
    ].join('---\n');
    expect(splitManifest(parseManifest(text)).map((file) => [file.name, file.docs])).toEqual([
      ['web.yaml', [0, 4]],
      ['api.yaml', [1, 3, 5]],
      ['api-configmap.yaml', [2]],
      ['orphan-service.yaml', [6]],
    ]);
  });

  it('gives a Service that selects two workloads to the first one', () => {
    const text = [deployment('a', 'x'), deployment('b', 'x'), service('s', 'x')].join('---\n');
    expect(splitManifest(parseManifest(text)).map((file) => file.docs)).toEqual([[0, 2], [1]]);
  });

  it('names files safely and uniquely, whatever the manifest names are', () => {
    const text = [
      object('Ingress', '../../etc/passwd', '', 'networking.k8s.io/v1'),
      object('ConfigMap', 'C:\\Windows\\system32'),
      object('ConfigMap', 'Über/..'),
      object('Secret', '..'),
      object('ConfigMap', 'a.b'),
      object('ConfigMap', 'a-b'),
      deployment('kustomization', 'k'),
      deployment('okteto', 'o'),
      deployment('Server', 's'),
      deployment('server', 's2'),
      object('Thing', 'x'.repeat(300)),
      'kind: ConfigMap\n',
      'just: a map\n',
    ].join('---\n');
    const names = splitManifest(parseManifest(text)).map((file) => file.name);
    expect(names).toEqual([
      'etc-passwd-ingress.yaml',
      'c-windows-system32-configmap.yaml',
      'ber-configmap.yaml',
      'secret.yaml',
      'a-b-configmap.yaml',
      'a-b-configmap-2.yaml',
      'kustomization-2.yaml',
      'okteto-2.yaml',
      'server.yaml',
      'server-2.yaml',
      `${'x'.repeat(60)}.yaml`,
      'configmap.yaml',
      'document-13.yaml',
    ]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('keeps two objects of one name in different namespaces apart', () => {
    const text = [
      object('Service', 'api', '  namespace: a\n'),
      object('Service', 'api', '  namespace: b\n'),
    ].join('---\n');
    expect(split(text).map(([name]) => name)).toEqual(['api-service.yaml', 'api-service-2.yaml']);
  });

  it('keeps comments: before a document, after its ---, and comment-only documents', () => {
    const text = [
      '\uFEFF# file header',
      'kind: ConfigMap',
      'metadata: {name: a} # inline',
      '# trailing a',
      '',
      '# about b, right above its marker',
      '--- # on the marker line',
      'kind: ConfigMap',
      'metadata: {name: b}',
      '...',
      '---',
      '# a document of comments only',
      '---',
      'kind: ConfigMap',
      'metadata: {name: c}',
      '---',
      '# the end',
      '---',
      '',
    ].join('\n');
    expect(split(text)).toEqual([
      [
        'a-configmap.yaml',
        '# file header\nkind: ConfigMap\nmetadata: {name: a} # inline\n# trailing a\n\n',
      ],
      [
        'b-configmap.yaml',
        '# about b, right above its marker\n# on the marker line\nkind: ConfigMap\nmetadata: {name: b}\n...\n',
      ],
      [
        'c-configmap.yaml',
        '# a document of comments only\nkind: ConfigMap\nmetadata: {name: c}\n# the end\n',
      ],
    ]);
  });

  it('keeps a document that does not parse in a file of its own, as written', () => {
    const text = `${object('ConfigMap', 'a')}---\nkind: [unclosed\n---\n${object('ConfigMap', 'b')}`;
    expect(split(text)).toEqual([
      ['a-configmap.yaml', object('ConfigMap', 'a')],
      ['document-2.yaml', 'kind: [unclosed\n'],
      ['b-configmap.yaml', object('ConfigMap', 'b')],
    ]);
  });

  it('ends every file with a line break in the text’s own style', () => {
    const text =
      'kind: ConfigMap\r\nmetadata: {name: a}\r\n---\r\nkind: Secret\r\nmetadata: {name: b}';
    expect(split(text)).toEqual([
      ['a-configmap.yaml', 'kind: ConfigMap\r\nmetadata: {name: a}\r\n'],
      ['b-secret.yaml', 'kind: Secret\r\nmetadata: {name: b}\r\n'],
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(split('')).toEqual([]);
    expect(split('# only a comment\n')).toEqual([]);
  });

  it('reads each document’s own text, without its marker', () => {
    const parsed = parseManifest('a: 1\n---\nb: 2\n--- c: 3\n');
    expect(documentTexts(parsed)).toEqual(['a: 1\n', 'b: 2\n', 'c: 3\n']);
  });

  it('makes name parts of lowercase letters, digits and single dashes', () => {
    expect(safeNamePart('My_App.v2')).toBe('my-app-v2');
    expect(safeNamePart('--a--b--')).toBe('a-b');
    expect(safeNamePart('..')).toBe('');
    expect(safeNamePart(undefined)).toBe('');
    expect(objectBaseName('web-ingress', 'Ingress', 'f')).toBe('web-ingress');
    expect(objectBaseName('', '', 'f')).toBe('f');
  });
});
