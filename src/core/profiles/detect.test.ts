import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { parseManifest } from '../yaml/parse';
import { detectProfile } from './detect';

const detect = (text: string) => detectProfile(parseManifest(text));

/** An Ingress with these annotations and spec lines (already indented by 2). */
function ingress(annotations: Record<string, string>, spec = '', name = 'web'): string {
  const lines = Object.entries(annotations).map(([key, value]) => `    ${key}: "${value}"`);
  return (
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\n` +
    (lines.length > 0 ? `  annotations:\n${lines.join('\n')}\n` : '') +
    `spec:\n${spec}  defaultBackend:\n    service:\n      name: server\n      port:\n        number: 80\n`
  );
}

function service(annotations: Record<string, string>): string {
  const lines = Object.entries(annotations).map(([key, value]) => `    ${key}: '${value}'`);
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: server\n  annotations:\n${lines.join('\n')}\nspec:\n  ports:\n    - name: grpc\n      port: 80\n`;
}

const deployment = (image: string, kind = 'Deployment') =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: server\nspec:\n  template:\n    spec:\n      containers:\n        - name: server\n          image: ${image}\n`;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
spec:
  parentRefs:
    - name: gateway
`;
const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gateway
spec:
  gatewayClassName: example
  listeners: []
`;

const join = (...documents: string[]) => documents.join('---\n');

describe('detectProfile', () => {
  it('reads the built-in example as Okteto', () => {
    expect(detect(EXAMPLE_MANIFEST)).toBe('okteto-nginx');
  });

  it('takes the class from ingressClassName or the class annotation', () => {
    expect(detect(ingress({}, '  ingressClassName: nginx\n'))).toBe('nginx');
    expect(detect(ingress({}, '  ingressClassName: gce-internal\n'))).toBe('gke');
    expect(detect(ingress({ 'kubernetes.io/ingress.class': 'traefik' }))).toBe('traefik');
    expect(detect(ingress({ 'kubernetes.io/ingress.class': 'alb' }))).toBe('alb');
    // A class kubewire has no profile for is not guessed at.
    expect(
      detect(ingress({ 'nginx.ingress.kubernetes.io/x': 'y' }, '  ingressClassName: haproxy\n')),
    ).toBeUndefined();
  });

  it('makes nginx Okteto only when something asks Okteto for a host', () => {
    const nginx = ingress({}, '  ingressClassName: nginx\n');
    expect(
      detect(ingress({ 'dev.okteto.com/generate-host': 'true' }, '  ingressClassName: nginx\n')),
    ).toBe('okteto-nginx');
    expect(
      detect(nginx.replace('spec:\n', 'spec:\n  rules:\n    - host: api-me.cloud.okteto.net\n')),
    ).toBe('okteto-nginx');
    // Okteto's registry stays in the images when the manifests move to plain ingress-nginx.
    expect(detect(join(nginx, deployment('okteto.dev/server')))).toBe('nginx');
    expect(
      detect(ingress({ 'dev.okteto.com/generate-host': 'false' }, '  ingressClassName: nginx\n')),
    ).toBe('nginx');
  });

  it('falls back to controller annotations on the Ingress, then on the Services', () => {
    expect(detect(ingress({ 'alb.ingress.kubernetes.io/scheme': 'internal' }))).toBe('alb');
    expect(detect(ingress({ 'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC' }))).toBe(
      'nginx',
    );
    expect(detect(ingress({ 'traefik.ingress.kubernetes.io/router.tls': 'true' }))).toBe('traefik');
    expect(detect(ingress({ 'dev.okteto.com/generate-host': 'true' }))).toBe('okteto-nginx');
    expect(
      detect(join(ingress({}), service({ 'cloud.google.com/app-protocols': '{"grpc":"HTTP2"}' }))),
    ).toBe('gke');
    expect(detect(service({ 'traefik.ingress.kubernetes.io/service.serversscheme': 'h2c' }))).toBe(
      'traefik',
    );
    expect(detect(service({ 'alb.ingress.kubernetes.io/backend-protocol-version': 'GRPC' }))).toBe(
      'alb',
    );
  });

  it('counts a GRPCRoute, or a Gateway when there is no Ingress', () => {
    expect(detect(join(GATEWAY, ROUTE))).toBe('gateway-api');
    expect(detect(GATEWAY)).toBe('gateway-api');
    // A Gateway next to an Ingress may serve HTTPRoutes: the Ingress decides.
    expect(detect(join(GATEWAY, ingress({}, '  ingressClassName: nginx\n')))).toBe('nginx');
  });

  it('says nothing when Ingresses and routes disagree', () => {
    expect(detect(join(ROUTE, ingress({}, '  ingressClassName: nginx\n')))).toBeUndefined();
    expect(
      detect(
        join(
          ingress({}, '  ingressClassName: nginx\n'),
          ingress({}, '  ingressClassName: traefik\n', 'api'),
        ),
      ),
    ).toBeUndefined();
  });

  it('uses Okteto’s registry only in workloads, and only when nothing else tells', () => {
    expect(detect(deployment('okteto.dev/server'))).toBe('okteto-nginx');
    expect(
      detect(deployment('okteto.dev/server', 'Config').replace('apps/v1', 'skaffold/v2beta16')),
    ).toBeUndefined();
    expect(detect(deployment('ghcr.io/me/server:1'))).toBeUndefined();
  });

  it('says nothing about empty or broken text, and reads the documents that parse', () => {
    expect(detect('')).toBeUndefined();
    expect(detect('kind: [')).toBeUndefined();
    expect(detect(join('kind: [\n', ingress({}, '  ingressClassName: alb\n')))).toBe('alb');
  });
});

describeCorpus('detectProfile over the corpus', () => {
  const files = corpusFiles();
  const read = (name: string) => {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`corpus file missing: ${name}`);
    return detect(file.text);
  };

  it('never throws on any file', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(() => detect(file.text), file.name).not.toThrow();
  });

  it('names the controller of files whose controller is known', () => {
    const expected: [string, string | undefined][] = [
      // Class annotation nginx, plus Okteto's generate-host.
      ['pr12er__k8s__kkweon-okteto__ingress.yaml', 'okteto-nginx'],
      // No Ingress: the Deployment's image is from Okteto's registry.
      ['pr12er__k8s__kkweon-okteto__server.yaml', 'okteto-nginx'],
      // Class annotation traefik (and the v1 `ingress.kubernetes.io/protocol: h2c`).
      ['pr12er__k8s__kkweon-raspberry__ingress.yaml', 'traefik'],
      ['ingress-nginx__docs__examples__grpc__README__extracted-ingress.yaml', 'nginx'],
      ['aws-lbc__docs__examples__grpc__grpcserver-ingress.yaml', 'alb'],
      ['gcegrpc__gke_ingress_lb__fe-ingress.yaml', 'gke'],
      ['gcegrpc__gke_ingress_lb__fe-ilb-ingress.yaml', 'gke'],
      // A Service alone: its GKE app-protocols annotation, its ALB protocol version.
      ['gcegrpc__gke_ingress_lb__fe-srv-ingress.yaml', 'gke'],
      ['argo-cd__docs__operator-manual__ingress__extracted-14-alb-argogrpc-service.yaml', 'alb'],
      ['gateway-api__examples__standard__basic-grpc.yaml', 'gateway-api'],
      ['argo-cd__docs__operator-manual__ingress__extracted-29-grpcroute.yaml', 'gateway-api'],
      // Traefik's own IngressRoute kind.
      [
        'argo-cd__docs__operator-manual__ingress__extracted-13-traefik-ingressroute-h2c.yaml',
        'traefik',
      ],
      // F5's NGINX Ingress Controller (class f5-nginx) is not the retired ingress-nginx.
      [
        'argo-cd__docs__operator-manual__ingress__extracted-12-f5-nginx-grpc-ingress.yaml',
        undefined,
      ],
      // Skaffold names Okteto images, but it is no workload.
      ['pr12er__skaffold.yaml', undefined],
    ];
    expect(expected.map(([name]) => [name, read(name)])).toEqual(expected);
  });
});
