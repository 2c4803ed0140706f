import { describe, expect, it } from 'vitest';
import { applyEdits } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import { readIngress } from './kinds';
import {
  serviceBackendOf,
  servicePortOf,
  upgradeIngressCommands,
  type ServiceBackend,
} from './upgrade-ingress';

/** Upgrades document `doc` of `text` and returns the new text (throws if an edit fails). */
function upgrade(text: string, doc = 0): string {
  const object = parseManifest(text).documents[doc]?.object;
  const result = applyEdits(text, upgradeIngressCommands(doc, object));
  if (!result.ok) throw new Error(`the upgrade failed: ${result.reason}`);
  return result.text;
}

const BETA = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: grpc.example.com
    http:
      paths:
      - path: /
        backend:
          serviceName: server
          servicePort: 80
`;

describe('servicePortOf', () => {
  it('keeps a number a number and a name a name', () => {
    expect(servicePortOf(80)).toEqual({ number: 80 });
    expect(servicePortOf('grpc')).toEqual({ name: 'grpc' });
  });

  it('reads a string of digits as a number: as a name it could never have been valid', () => {
    expect(servicePortOf('8080')).toEqual({ number: 8080 });
    expect(servicePortOf('99999999999999999999')).toEqual({ name: '99999999999999999999' });
  });

  it('gives no port for a value that is not an IntOrString', () => {
    const values: unknown[] = [undefined, null, '', true, {}, [], Number.NaN, Infinity];
    values.forEach((value, index) => {
      expect(servicePortOf(value), `value ${index}`).toBeUndefined();
    });
  });
});

describe('serviceBackendOf', () => {
  it('turns serviceName/servicePort into service.name/port', () => {
    expect(serviceBackendOf({ serviceName: 'server', servicePort: 'grpc' })).toEqual({
      name: 'server',
      port: { name: 'grpc' },
    } satisfies ServiceBackend);
    expect(serviceBackendOf({ serviceName: 'server' })).toEqual({ name: 'server' });
    expect(serviceBackendOf({ servicePort: 80 })).toEqual({ port: { number: 80 } });
  });

  it('leaves alone what is not a beta service backend', () => {
    expect(serviceBackendOf(undefined)).toBeUndefined();
    expect(serviceBackendOf('server')).toBeUndefined();
    expect(serviceBackendOf({ resource: { kind: 'Bucket', name: 'b' } })).toBeUndefined();
    expect(serviceBackendOf({ service: { name: 'server', port: { number: 80 } } })).toBeUndefined();
  });
});

describe('upgradeIngressCommands', () => {
  it('adds the new keys before removing the old ones, and renames last', () => {
    const object = parseManifest(
      BETA.replace(
        'spec:\n',
        'spec:\n  backend:\n    serviceName: fallback\n    servicePort: http\n',
      ),
    ).documents[0]?.object;
    const backend = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend'];
    expect(upgradeIngressCommands(3, object)).toEqual([
      { type: 'set', doc: 3, path: ['apiVersion'], value: 'networking.k8s.io/v1' },
      {
        type: 'set',
        doc: 3,
        path: [...backend, 'service'],
        value: { name: 'server', port: { number: 80 } },
      },
      { type: 'delete', doc: 3, path: [...backend, 'serviceName'] },
      { type: 'delete', doc: 3, path: [...backend, 'servicePort'] },
      {
        type: 'set',
        doc: 3,
        path: ['spec', 'rules', 0, 'http', 'paths', 0, 'pathType'],
        value: 'ImplementationSpecific',
      },
      {
        type: 'set',
        doc: 3,
        path: ['spec', 'backend', 'service'],
        value: { name: 'fallback', port: { name: 'http' } },
      },
      { type: 'delete', doc: 3, path: ['spec', 'backend', 'serviceName'] },
      { type: 'delete', doc: 3, path: ['spec', 'backend', 'servicePort'] },
      { type: 'renameKey', doc: 3, path: ['spec'], from: 'backend', to: 'defaultBackend' },
    ]);
  });

  it('rewrites a rule backend in place, next to the path', () => {
    expect(upgrade(BETA)).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: grpc.example.com
    http:
      paths:
      - path: /
        pathType: ImplementationSpecific
        backend:
          service:
            name: server
            port:
              number: 80
`);
  });

  it('keeps a pathType that is there', () => {
    const text = BETA.replace('      - path: /\n', '      - path: /\n        pathType: Prefix\n');
    const fixed = upgrade(text);
    expect(fixed).toContain('        pathType: Prefix\n');
    expect(fixed).not.toContain('ImplementationSpecific');
  });

  it('rewrites a flow-style backend as flow style', () => {
    const text = BETA.replace(
      '        backend:\n          serviceName: server\n          servicePort: 80\n',
      '        backend: {serviceName: server, servicePort: grpc}\n',
    );
    const fixed = upgrade(text);
    // The old flow map keeps its braces; the new value is written by the flow renderer.
    expect(fixed).toContain('        backend: {service: { name: server, port: { name: grpc } }}\n');
    expect(readIngress(parseManifest(fixed).documents[0]?.object).rules[0]?.paths[0]).toEqual({
      path: '/',
      pathType: 'ImplementationSpecific',
      backend: { serviceName: 'server', portName: 'grpc', portNumber: undefined },
    });
  });

  it('edits only its own document of a multi-document manifest', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: server\n';
    const fixed = upgrade(`${service}---\n${BETA}`, 1);
    expect(fixed.startsWith(`${service}---\napiVersion: networking.k8s.io/v1\n`)).toBe(true);
    const ingress = readIngress(parseManifest(fixed).documents[1]?.object);
    expect(ingress.rules[0]?.paths[0]?.backend).toEqual({
      serviceName: 'server',
      portName: undefined,
      portNumber: 80,
    });
  });

  it('keeps a default backend named spec.backend when spec.defaultBackend is also there', () => {
    const object = {
      apiVersion: 'extensions/v1beta1',
      kind: 'Ingress',
      spec: { backend: { serviceName: 'a', servicePort: 80 }, defaultBackend: {} },
    };
    expect(upgradeIngressCommands(0, object).some((c) => c.type === 'renameKey')).toBe(false);
  });

  it('changes only the apiVersion of a half-written object, without throwing', () => {
    const odd: unknown[] = [
      null,
      'Ingress',
      [],
      { spec: null },
      { spec: 'x' },
      { spec: { rules: 'x' } },
      { spec: { rules: [null, 'x', { http: 'x' }, { http: { paths: {} } }] } },
      {
        spec: {
          rules: [{ http: { paths: [null, 'x', { backend: 'server', pathType: 'Exact' }] } }],
        },
      },
    ];
    for (const object of odd) {
      expect(upgradeIngressCommands(0, object), JSON.stringify(object)).toEqual([
        { type: 'set', doc: 0, path: ['apiVersion'], value: 'networking.k8s.io/v1' },
      ]);
    }
  });
});
