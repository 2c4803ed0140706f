import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { exportFiles, exportZip } from './zip';

function unzipText(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function objectsOf(text: string): unknown[] {
  return parseManifest(text)
    .documents.map((doc) => doc.object)
    .filter((object) => object !== null);
}

const SORT = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('the ZIP export', () => {
  it('holds one file per app and per Ingress, the kustomization and, for Okteto, okteto.yaml', () => {
    const files = unzipText(exportZip(EXAMPLE_MANIFEST, 'okteto-nginx'));
    expect([...files.keys()]).toEqual([
      'ingress.yaml',
      'server.yaml',
      'kustomization.yaml',
      'okteto.yaml',
    ]);
    expect(files.get('kustomization.yaml')).toContain(
      'resources:\n  - ingress.yaml\n  - server.yaml\n',
    );
    expect(files.get('okteto.yaml')).toContain('command: kubectl apply -k .');
    // The files together are the same objects, and each keeps its own comments.
    const together = ['ingress.yaml', 'server.yaml'].map((name) => files.get(name)).join('---\n');
    expect(objectsOf(together)).toEqual(objectsOf(EXAMPLE_MANIFEST));
    expect(files.get('ingress.yaml')).toContain(
      '    # Without this, ingress-nginx talks HTTP/1.1 to the pod and every gRPC call fails.\n',
    );
  });

  it('leaves okteto.yaml out for other profiles', () => {
    const names = exportFiles(EXAMPLE_MANIFEST, 'nginx').map((file) => file.name);
    expect(names).toEqual(['ingress.yaml', 'server.yaml', 'kustomization.yaml']);
    expect(exportFiles(EXAMPLE_MANIFEST, undefined).map((file) => file.name)).toEqual(names);
  });

  it('gives byte-identical ZIPs for the same manifest, whenever it is made', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-03-01T10:00:00Z'));
      const first = exportZip(EXAMPLE_MANIFEST, 'okteto-nginx');
      vi.setSystemTime(new Date('2031-12-31T23:59:58Z'));
      expect(exportZip(EXAMPLE_MANIFEST, 'okteto-nginx')).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives unzip regular files with mode 0644', () => {
    const bytes = exportZip(EXAMPLE_MANIFEST, undefined);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The first central directory entry: "version made by" and the external attributes.
    const central = bytes.findIndex(
      (_, i) => i + 3 < bytes.length && view.getUint32(i, true) === 0x02014b50,
    );
    expect(central).toBeGreaterThan(0);
    expect(view.getUint8(central + 5)).toBe(3);
    expect(view.getUint32(central + 38, true) >>> 16).toBe(0o100644);
  });

  it('re-parses to the same objects for a manifest of many kinds, CRLF and comments kept', () => {
    const text = [
      '# A namespace first',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: grpc',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: settings',
      '  namespace: grpc',
      'data:',
      '  level: debug # kept',
      '---',
      EXAMPLE_MANIFEST.replace(/\n$/, ''),
      '---',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: GRPCRoute',
      'metadata:',
      '  name: server',
      'spec:',
      '  parentRefs: [{ name: gateway }]',
      '  rules: [{ backendRefs: [{ name: server, port: 9000 }] }]',
      '',
    ]
      .join('\n')
      .replace(/\n/g, '\r\n');
    const files = exportFiles(text, 'gateway-api');
    expect(files.map((file) => file.name)).toEqual([
      'grpc-namespace.yaml',
      'settings-configmap.yaml',
      'ingress.yaml',
      'server.yaml',
      'server-grpcroute.yaml',
      'kustomization.yaml',
    ]);
    const own = files.filter((file) => file.name !== 'kustomization.yaml');
    for (const file of own) expect(file.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(files.find((file) => file.name === 'settings-configmap.yaml')?.text).toContain(
      'level: debug # kept\r\n',
    );
    const together = own.map((file) => file.text).join('---\r\n');
    expect(objectsOf(together).sort(SORT)).toEqual(objectsOf(text).sort(SORT));
  });
});
