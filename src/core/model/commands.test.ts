import { describe, expect, it } from 'vitest';
import { applyEdits } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import {
  addListItem,
  addMapEntry,
  nextPortNumber,
  removeListItem,
  removeMapEntry,
  renameMapKey,
  setBackendPort,
  setField,
  setProbeHandler,
  uniqueName,
} from './commands';
import { EXAMPLE_MANIFEST } from './example';
import { readDeployment, readIngress, readService } from './kinds';
import { deploymentPath, ingressPath, metaPath, servicePath } from './paths';

function run(commands: Parameters<typeof applyEdits>[1], text = EXAMPLE_MANIFEST): string {
  const result = applyEdits(text, commands);
  if (!result.ok) throw new Error(result.reason);
  expect(parseManifest(result.text).syntaxErrors).toEqual([]);
  return result.text;
}

const objects = (text: string) => parseManifest(text).documents.map((doc) => doc.object);
const container = [...deploymentPath.container(0)];

describe('typed edit commands', () => {
  it('uniqueName picks the first free name', () => {
    expect(uniqueName('key', [])).toBe('key');
    expect(uniqueName('key', ['key', 'key-2'])).toBe('key-3');
  });

  it('set and clear an optional field', () => {
    const withNamespace = run(setField(1, metaPath.namespace, 'demo'));
    expect(readService(objects(withNamespace)[1]).meta.namespace).toBe('demo');
    const cleared = run(setField(1, metaPath.namespace, undefined), withNamespace);
    expect(cleared).toBe(EXAMPLE_MANIFEST);
  });

  it('add and remove a container port', () => {
    const added = run(
      addListItem(2, [...container, 'ports'], {
        name: 'http',
        containerPort: 8080,
        protocol: 'TCP',
      }),
    );
    expect(readDeployment(objects(added)[2]).containers[0]?.ports.map((port) => port.name)).toEqual(
      ['grpc', 'http-metrics', 'http'],
    );
    expect(run(removeListItem(2, [...container, 'ports'], 2), added)).toBe(EXAMPLE_MANIFEST);
  });

  it('add and remove an env var', () => {
    const added = run(addListItem(2, [...container, 'env'], { name: 'LOG_LEVEL', value: 'debug' }));
    expect(readDeployment(objects(added)[2]).containers[0]?.env).toHaveLength(3);
    expect(run(removeListItem(2, [...container, 'env'], 2), added)).toBe(EXAMPLE_MANIFEST);
  });

  it('add, rename and remove a label', () => {
    const added = run(addMapEntry(1, metaPath.labels, ['app'], 'tier', 'backend'));
    expect(readService(objects(added)[1]).meta.labels).toEqual({ app: 'server', tier: 'backend' });
    const renamed = run(renameMapKey(1, metaPath.labels, 'tier', 'team'), added);
    expect(readService(objects(renamed)[1]).meta.labels).toEqual({
      app: 'server',
      team: 'backend',
    });
    expect(run(removeMapEntry(1, metaPath.labels, 'team'), renamed)).toBe(EXAMPLE_MANIFEST);
  });

  it('add and remove an annotation with a free key', () => {
    const added = run(addMapEntry(0, metaPath.annotations, ['key']));
    expect(readIngress(objects(added)[0]).meta.annotations['key-2']).toBe('');
    expect(run(removeMapEntry(0, metaPath.annotations, 'key-2'), added)).toBe(EXAMPLE_MANIFEST);
  });

  it('add and remove an ingress path', () => {
    const path = {
      path: '/api',
      pathType: 'Prefix',
      backend: { service: { name: 'server', port: { name: 'grpc' } } },
    };
    const added = run(addListItem(0, ingressPath.paths(0), path));
    expect(readIngress(objects(added)[0]).rules[0]?.paths[1]).toEqual({
      path: '/api',
      pathType: 'Prefix',
      backend: { serviceName: 'server', portName: 'grpc', portNumber: undefined },
    });
    expect(run(removeListItem(0, ingressPath.paths(0), 1), added)).toBe(EXAMPLE_MANIFEST);
  });

  it('add a service port and a TLS entry', () => {
    const added = run(
      addListItem(1, servicePath.ports, {
        name: 'http',
        port: 80,
        targetPort: 8080,
        protocol: 'TCP',
      }),
    );
    expect(readService(objects(added)[1]).ports).toHaveLength(3);
    const tls = run(
      addListItem(0, ingressPath.tls, { hosts: ['grpc.example.com'], secretName: 'grpc-tls' }),
    );
    expect(readIngress(objects(tls)[0]).tls).toEqual([
      { hosts: ['grpc.example.com'], secretName: 'grpc-tls' },
    ]);
  });

  it('switch a backend port from name to number and back, never leaving both', () => {
    const backend = [...ingressPath.path(0, 0), 'backend'];
    const byNumber = run(setBackendPort(0, backend, { number: 9000 }, { name: 'grpc' }));
    expect(readIngress(objects(byNumber)[0]).rules[0]?.paths[0]?.backend).toEqual({
      serviceName: 'server',
      portName: undefined,
      portNumber: 9000,
    });
    const byName = run(setBackendPort(0, backend, { name: 'grpc' }, { number: 9000 }), byNumber);
    expect(byName).toBe(EXAMPLE_MANIFEST);
  });

  it('switch a probe to the native grpc handler and remove it', () => {
    const probe = [...container, 'readinessProbe'];
    const grpc = run(setProbeHandler(2, probe, 'grpc', ['exec'], { name: 'grpc', number: 9000 }));
    const readiness = readDeployment(objects(grpc)[2]).containers[0]?.probes.readinessProbe;
    expect(readiness).toMatchObject({ handlers: ['grpc'], port: 9000, initialDelaySeconds: 10 });
    const removed = run(setProbeHandler(2, probe, 'none', ['grpc'], {}), grpc);
    expect(
      readDeployment(objects(removed)[2]).containers[0]?.probes.readinessProbe,
    ).toBeUndefined();
  });

  it('add a startup probe with an httpGet handler on the first named port', () => {
    const probe = [...container, 'startupProbe'];
    const added = run(
      setProbeHandler(2, probe, 'httpGet', [], { name: 'http-metrics', number: 9093 }),
    );
    expect(readDeployment(objects(added)[2]).containers[0]?.probes.startupProbe).toMatchObject({
      handlers: ['httpGet'],
      path: '/healthz',
      port: 'http-metrics',
    });
  });
});

describe('nextPortNumber', () => {
  it('takes the port above the highest in use, or the fallback', () => {
    expect(nextPortNumber([9000, undefined, 9093], 8080)).toBe(9094);
    expect(nextPortNumber([], 8080)).toBe(8080);
  });
});
