import { describe, expect, it } from 'vitest';
import { parseManifest } from '../yaml/parse';
import { EXAMPLE_MANIFEST } from './example';
import { modelledKind, readDeployment, readIngress, readService } from './kinds';

const example = parseManifest(EXAMPLE_MANIFEST);

describe('the built-in example', () => {
  it('has the Ingress, Service and Deployment of the Okteto tutorial, in that order', () => {
    expect(example.syntaxErrors).toEqual([]);
    expect(example.documents.map((doc) => [modelledKind(doc), doc.name])).toEqual([
      ['Ingress', 'ingress'],
      ['Service', 'server'],
      ['Deployment', 'server'],
    ]);
  });

  it('routes / to Service server by port name grpc, over gRPC, with class nginx', () => {
    const ingress = readIngress(example.documents[0]?.object);
    expect(ingress.ingressClassName).toBe('nginx');
    expect(ingress.meta.annotations).toEqual({
      'dev.okteto.com/generate-host': 'true',
      'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
      'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
    });
    expect(ingress.rules).toEqual([
      {
        host: undefined,
        paths: [
          {
            path: '/',
            pathType: 'Prefix',
            backend: { serviceName: 'server', portName: 'grpc', portNumber: undefined },
          },
        ],
      },
    ]);
  });

  it('exposes grpc 9000 and http-metrics 9093 by named target ports', () => {
    const service = readService(example.documents[1]?.object);
    expect(service.selector).toEqual({ app: 'server' });
    expect(service.ports.map((port) => [port.name, port.port, port.targetPort])).toEqual([
      ['grpc', 9000, 'grpc'],
      ['http-metrics', 9093, 'http-metrics'],
    ]);
  });

  it('runs one server container with corrected resources, env and probes', () => {
    const deployment = readDeployment(example.documents[2]?.object);
    expect(deployment.replicas).toBe(1);
    expect(deployment.matchLabels).toEqual({ app: 'server' });
    expect(deployment.templateLabels).toEqual({ app: 'server' });
    const [container] = deployment.containers;
    expect(container?.image).toBe('okteto.dev/codingpot-pr12er-server');
    expect(container?.imagePullPolicy).toBe('IfNotPresent');
    expect(container?.ports.map((port) => [port.name, port.containerPort])).toEqual([
      ['grpc', 9000],
      ['http-metrics', 9093],
    ]);
    expect(container?.requests).toEqual({ cpu: '10m', memory: '10Mi' });
    expect(container?.limits).toEqual({ cpu: '1000m', memory: '2Gi' });
    expect(container?.env.map((env) => [env.name, env.value])).toEqual([
      ['PR12ER_GRPC_PORT', '9000'],
      ['PR12ER_PROMETHEUS_PORT', '9093'],
    ]);
    expect(container?.probes.readinessProbe).toMatchObject({
      handlers: ['exec'],
      command: ['/bin/grpc_health_probe', '--addr=:9000'],
      initialDelaySeconds: 10,
    });
    expect(container?.probes.livenessProbe).toMatchObject({
      initialDelaySeconds: 20,
      periodSeconds: 60,
    });
  });
});

describe('tolerant readers', () => {
  it('read half-written objects without throwing', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - ports: oops\n';
    const deployment = readDeployment(parseManifest(text).documents[0]?.object);
    expect(deployment.meta.name).toBeUndefined();
    expect(deployment.containers).toHaveLength(1);
    expect(deployment.containers[0]?.ports).toEqual([]);
    expect(readService(null).ports).toEqual([]);
    expect(readIngress('text').rules).toEqual([]);
  });

  it('tells a missing selector from an empty one', () => {
    expect(readService({ spec: {} }).selector).toBeUndefined();
    expect(readService({ spec: { selector: {} } }).selector).toEqual({});
  });
});

describe('kinds that are not modelled', () => {
  it('are kept and passed through: parsed, but not claimed', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: envoy-config
data:
  a: b
---
apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: old
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
`;
    const parsed = parseManifest(text);
    expect(parsed.documents.map((doc) => [doc.kind, modelledKind(doc)])).toEqual([
      ['ConfigMap', undefined],
      ['Ingress', undefined],
      ['Widget', undefined],
    ]);
    expect(parsed.documents[0]?.object).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'envoy-config' },
      data: { a: 'b' },
    });
  });
});
