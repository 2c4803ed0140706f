import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { buildContext } from '../rules/context';
import { parseManifest } from '../yaml/parse';
import { grpcEvidence, ingressBackends, isGrpcBackend } from './backends';

/** The example with its Service port and container port renamed, and the nginx annotation gone. */
function exampleWith(changes: readonly (readonly [string, string])[]): string {
  return changes.reduce((text, [from, to]) => text.replace(from, to), EXAMPLE_MANIFEST);
}

function backendsOf(text: string) {
  const context = buildContext(parseManifest(text));
  const first = context.ingresses[0];
  if (!first) throw new Error('no Ingress in the manifest');
  return ingressBackends(context, first.object);
}

const NO_NGINX_ANNOTATION: readonly [string, string] = [
  '    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"\n',
  '',
];

describe('ingressBackends and isGrpcBackend', () => {
  it('follows the example backend to its Service port and container port', () => {
    const [backend, ...rest] = backendsOf(EXAMPLE_MANIFEST);
    expect(rest).toEqual([]);
    expect(backend?.backendPath).toEqual(['spec', 'rules', 0, 'http', 'paths', 0, 'backend']);
    expect(backend?.service?.service.meta.name).toBe('server');
    expect(backend?.servicePort).toMatchObject({ index: 0, port: { name: 'grpc', port: 9000 } });
    expect(backend?.containerPorts).toMatchObject([
      { doc: 2, containerName: 'server', port: { name: 'grpc', containerPort: 9000 } },
    ]);
    expect(backend && grpcEvidence(backend)).toBe('the Service port is named `grpc`');
  });

  it('counts a container port named grpc-* behind an unnamed-for-gRPC Service port', () => {
    const text = exampleWith([
      NO_NGINX_ANNOTATION,
      ['name: grpc\n      port: 9000', 'name: api\n      port: 9000'],
      ['name: grpc\n---', 'name: api\n---'],
      ['targetPort: grpc', 'targetPort: grpc-api'],
      [
        '- name: grpc\n              containerPort',
        '- name: grpc-api\n              containerPort',
      ],
    ]);
    const [backend] = backendsOf(text);
    expect(backend && grpcEvidence(backend)).toBe('container `server` names its port `grpc-api`');
  });

  it('counts appProtocol kubernetes.io/h2c, and nothing when no sign of gRPC is left', () => {
    const renamed = exampleWith([
      NO_NGINX_ANNOTATION,
      ['name: grpc\n      port: 9000', 'name: api\n      port: 9000'],
      ['name: grpc\n---', 'name: api\n---'],
      ['targetPort: grpc', 'targetPort: 9000'],
      ['- name: grpc\n              containerPort', '- name: api\n              containerPort'],
    ]);
    const [plain] = backendsOf(renamed);
    expect(plain && isGrpcBackend(plain)).toBe(false);
    const h2c = renamed.replace(
      'port: 9000\n      protocol: TCP',
      'port: 9000\n      appProtocol: kubernetes.io/h2c\n      protocol: TCP',
    );
    const [marked] = backendsOf(h2c);
    expect(marked && grpcEvidence(marked)).toBe(
      'the Service port has appProtocol `kubernetes.io/h2c`',
    );
  });

  it('counts a gRPC annotation on the Ingress even when the Service is not in the manifests', () => {
    const onlyIngress = EXAMPLE_MANIFEST.slice(0, EXAMPLE_MANIFEST.indexOf('---'));
    const [backend] = backendsOf(onlyIngress);
    expect(backend?.service).toBeUndefined();
    expect(backend && grpcEvidence(backend)).toBe(
      'the Ingress has `nginx.ingress.kubernetes.io/backend-protocol: GRPC`',
    );
  });

  it('lists the default backend too', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n' +
      '  defaultBackend:\n    service:\n      name: server\n      port:\n        number: 9000\n';
    expect(backendsOf(text).map((backend) => backend.backendPath)).toEqual([
      ['spec', 'defaultBackend'],
    ]);
  });
});
