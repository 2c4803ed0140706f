import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

function ingress(spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
${spec}`;
}

const BACKEND = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend'];

function withBackend(backend: string): string {
  return ingress(`  ingressClassName: nginx
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
${backend}`);
}

describe('ingress-backend-invalid', () => {
  it('reports a port with both name and number and keeps the name', () => {
    const text = withBackend(
      '              service:\n                name: server\n                port:\n                  name: grpc\n                  number: 9000\n',
    );
    const [diagnostic, ...rest] = findingsOf('ingress-backend-invalid', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...BACKEND, 'service', 'port'],
      message:
        "This backend's port has both `name: grpc` and `number: 9000`; it must have exactly one, so the " +
        'API server rejects it ("cannot set both port name & port number"). A name keeps working when ' +
        'the port number changes, so keep the name.',
      fix: { title: 'Keep the port name grpc, remove the number' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('                  number: 9000\n', ''));
    expect(findingsOf('ingress-backend-invalid', fixed)).toEqual([]);
  });

  it('reports a port with neither name nor number', () => {
    const [diagnostic] = findingsOf(
      'ingress-backend-invalid',
      withBackend('              service:\n                name: server\n'),
    );
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...BACKEND, 'service'],
      message:
        'This backend does not say which port of the Service to use: add `port: {name: <Service port name>}` ' +
        'or `port: {number: <Service port>}`. The API server rejects it ("port name or number is required").',
    });
  });

  it('reports a backend with both service and resource, and one with neither', () => {
    const both = withBackend(
      '              service:\n                name: server\n                port:\n                  number: 80\n              resource:\n                kind: StorageBucket\n                name: static\n',
    );
    const [bothDiagnostic] = findingsOf('ingress-backend-invalid', both);
    expect(bothDiagnostic).toMatchObject({ severity: 'error', path: [...BACKEND, 'resource'] });
    expect(bothDiagnostic?.message).toContain('cannot set both resource and service backends');

    const neither = ingress('  defaultBackend: {}\n');
    const [neitherDiagnostic] = findingsOf('ingress-backend-invalid', neither);
    expect(neitherDiagnostic).toMatchObject({
      severity: 'error',
      path: ['spec', 'defaultBackend'],
    });
    expect(neitherDiagnostic?.message).toContain('resource or service backend is required');
  });

  it('reports an Ingress with neither rules nor defaultBackend', () => {
    const [diagnostic] = findingsOf(
      'ingress-backend-invalid',
      ingress('  ingressClassName: nginx\n'),
    );
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['spec'],
      message:
        'This Ingress routes nothing: it has neither `rules` nor a `defaultBackend`, so the API server ' +
        'rejects it ("either `defaultBackend` or `rules` must be specified"). Add a rule with a path `/` ' +
        'and pathType `Prefix` whose backend is your gRPC Service.',
    });
  });

  it('passes valid backends, a resource backend and the built-in example', () => {
    expect(
      findingsOf(
        'ingress-backend-invalid',
        withBackend(
          '              service:\n                name: server\n                port:\n                  number: 80\n',
        ),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'ingress-backend-invalid',
        ingress(
          '  defaultBackend:\n    resource:\n      apiGroup: k8s.example.com\n      kind: StorageBucket\n      name: static\n',
        ),
      ),
    ).toEqual([]);
    expect(findingsOf('ingress-backend-invalid', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('does not throw on half-written or wrongly typed fields', () => {
    for (const spec of [
      '  rules: 3\n',
      '  rules:\n    - http: [1]\n',
      '  rules:\n    - http:\n        paths: [1, null]\n',
    ]) {
      expect(() => findingsOf('ingress-backend-invalid', ingress(spec))).not.toThrow();
    }
    expect(() =>
      findingsOf(
        'ingress-backend-invalid',
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec: 1\n',
      ),
    ).not.toThrow();
  });
});
