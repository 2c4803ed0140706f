import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { readIngress } from '../model/kinds';
import { buildContext } from '../rules/context';
import { parseManifest } from '../yaml/parse';
import {
  annotationPath,
  grpcEvidence,
  ingressBackends,
  ingressController,
  isGrpcBackend,
  parseAppProtocols,
  profileOfClass,
} from './controller';

/** An Ingress with the given metadata annotations and spec lines (already indented by 2). */
function ingress(annotations: Record<string, string>, spec = ''): ReturnType<typeof readIngress> {
  const lines = Object.entries(annotations).map(([key, value]) => `    ${key}: "${value}"`);
  const text =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n' +
    (lines.length > 0 ? `  annotations:\n${lines.join('\n')}\n` : '') +
    `spec:\n${spec}`;
  return readIngress(parseManifest(text).documents[0]?.object);
}

describe('ingressController', () => {
  it('reads spec.ingressClassName first', () => {
    const web = ingress({ 'kubernetes.io/ingress.class': 'traefik' }, '  ingressClassName: gce\n');
    expect(ingressController(web, { profile: 'alb' })).toEqual({
      profile: 'gke',
      source: 'ingressClassName',
      className: 'gce',
    });
  });

  it('falls back to the class annotation, then to the chosen profile, then to nothing', () => {
    expect(ingressController(ingress({ 'kubernetes.io/ingress.class': 'alb' }), {})).toEqual({
      profile: 'alb',
      source: 'annotation',
      className: 'alb',
    });
    expect(ingressController(ingress({}), { profile: 'traefik' })).toEqual({
      profile: 'traefik',
      source: 'profile',
      className: undefined,
    });
    expect(ingressController(ingress({}), {})).toEqual({
      profile: undefined,
      source: 'none',
      className: undefined,
    });
  });

  it('makes nginx okteto-nginx under the Okteto profile or with generate-host', () => {
    const plain = ingress({}, '  ingressClassName: ingress-nginx\n');
    expect(ingressController(plain, {}).profile).toBe('nginx');
    expect(ingressController(plain, { profile: 'okteto-nginx' }).profile).toBe('okteto-nginx');
    const okteto = ingress(
      { 'dev.okteto.com/generate-host': 'true' },
      '  ingressClassName: nginx\n',
    );
    expect(ingressController(okteto, {}).profile).toBe('okteto-nginx');
    expect(ingressController(okteto, { profile: 'nginx' }).profile).toBe('okteto-nginx');
    // "false" asks Okteto not to generate a host: that says nothing about the platform.
    const off = ingress({ 'dev.okteto.com/generate-host': 'false' }, '  ingressClassName: nginx\n');
    expect(ingressController(off, {}).profile).toBe('nginx');
  });

  it('leaves unknown classes unknown, even when a profile is chosen', () => {
    const haproxy = ingress({}, '  ingressClassName: haproxy\n');
    expect(ingressController(haproxy, { profile: 'nginx' })).toEqual({
      profile: undefined,
      source: 'ingressClassName',
      className: 'haproxy',
    });
  });

  it('maps every known class name', () => {
    expect(
      ['nginx', 'ingress-nginx', 'traefik', 'gce', 'gce-internal', 'alb', 'istio'].map((name) =>
        profileOfClass(name, false),
      ),
    ).toEqual(['nginx', 'nginx', 'traefik', 'gke', 'gke', 'alb', undefined]);
  });

  it('never throws on a half-written Ingress', () => {
    const broken = readIngress({ metadata: 'oops', spec: [1, 2] });
    expect(ingressController(broken, {})).toEqual({
      profile: undefined,
      source: 'none',
      className: undefined,
    });
  });
});

describe('parseAppProtocols', () => {
  it('reads the JSON map and rejects anything else', () => {
    expect(parseAppProtocols('{"grpc":"HTTP2","web":"HTTP"}')).toEqual({
      grpc: 'HTTP2',
      web: 'HTTP',
    });
    expect(parseAppProtocols('{grpc: HTTP2}')).toBeUndefined();
    expect(parseAppProtocols('["HTTP2"]')).toBeUndefined();
    expect(parseAppProtocols(undefined)).toBeUndefined();
  });
});

describe('annotationPath', () => {
  it('points at the annotation, else the map, else metadata', () => {
    expect(annotationPath({ metadata: { annotations: { a: 'x' } } }, 'a')).toEqual([
      'metadata',
      'annotations',
      'a',
    ]);
    expect(annotationPath({ metadata: { annotations: { b: 'x' } } }, 'a')).toEqual([
      'metadata',
      'annotations',
    ]);
    expect(annotationPath({ metadata: { name: 'x' } }, 'a')).toEqual(['metadata']);
  });
});

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
