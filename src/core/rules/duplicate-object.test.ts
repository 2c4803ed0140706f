import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverManifest } from './objects-fixtures';
import { findingsOf } from './testing';

const CONFIG = (name: string, namespace?: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}data:\n  a: "1"\n`;

describe('duplicate-object', () => {
  it('reports the second object with the same kind, namespace and name', () => {
    const text = serverManifest() + '---\n' + serverManifest();
    const diagnostics = findingsOf('duplicate-object', text);
    expect(diagnostics.map((d) => [d.kind, d.path, d.range.start.line])).toEqual([
      ['Service', ['metadata', 'name'], 38],
      ['Deployment', ['metadata', 'name'], 51],
    ]);
    expect(diagnostics[1]?.message).toContain(
      'The Deployment named "server" is defined twice in these manifests.',
    );
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      message:
        'The Service named "server" is defined twice in these manifests. Kubernetes keeps one ' +
        'object per kind, namespace and name, so applying them makes this one silently replace ' +
        'the one before it. Rename one of them, or remove the copy.',
    });
  });

  it('names no line: in the CLI the text is several files joined together', () => {
    const text = serverManifest() + '---\n' + serverManifest();
    for (const diagnostic of findingsOf('duplicate-object', text)) {
      expect(diagnostic.message).not.toMatch(/line/);
    }
  });

  it('counts more than two copies', () => {
    const text = [CONFIG('settings'), CONFIG('settings'), CONFIG('settings')].join('---\n');
    const diagnostics = findingsOf('duplicate-object', text);
    expect(diagnostics.map((d) => d.doc)).toEqual([1, 2]);
    expect(diagnostics[0]?.message).toMatch(
      /^The ConfigMap named "settings" is defined 3 times in these manifests\./,
    );
  });

  it('names the namespace when there is one', () => {
    const text = CONFIG('settings', 'prod') + '---\n' + CONFIG('settings', 'prod');
    const [diagnostic, ...rest] = findingsOf('duplicate-object', text);
    expect(rest).toEqual([]);
    expect(diagnostic?.message).toMatch(
      /^The ConfigMap named "settings" in namespace "prod" is defined twice in these manifests\./,
    );
  });

  it('tells apart other namespaces, other kinds and other API groups', () => {
    const text = [
      CONFIG('server'),
      CONFIG('server', 'prod'),
      serverManifest(),
      'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: server\n',
    ].join('---\n');
    expect(findingsOf('duplicate-object', text)).toEqual([]);
    expect(findingsOf('duplicate-object', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
