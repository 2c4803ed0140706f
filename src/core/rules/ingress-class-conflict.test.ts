import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

function ingress(annotation: string, className: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
    kubernetes.io/ingress.class: ${annotation}
spec:
  ingressClassName: ${className}
  defaultBackend:
    service:
      name: server
      port:
        name: grpc
`;
}

describe('ingress-class-conflict', () => {
  it('reports an annotation that names another class and removes it', () => {
    const text = ingress('traefik', 'nginx');
    const [diagnostic, ...rest] = findingsOf('ingress-class-conflict', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['metadata', 'annotations', 'kubernetes.io/ingress.class'],
      message:
        'The annotation `kubernetes.io/ingress.class: traefik` names the controller `traefik`, but ' +
        '`spec.ingressClassName` names `nginx`. The API server rejects an Ingress whose two class ' +
        'settings differ ("must match `ingressClassName` when both are specified"). The annotation is ' +
        'the deprecated way: remove it and keep `ingressClassName: nginx` (or set ingressClassName to ' +
        '`traefik` if that is the controller you meant).',
      fix: { title: 'Remove the kubernetes.io/ingress.class annotation' },
      range: { start: { line: 7 } },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('    kubernetes.io/ingress.class: traefik\n', ''));
    expect(findingsOf('ingress-class-conflict', fixed)).toEqual([]);
  });

  it('accepts the same class twice, either one alone, and the built-in example', () => {
    expect(findingsOf('ingress-class-conflict', ingress('"nginx"', 'nginx'))).toEqual([]);
    expect(
      findingsOf(
        'ingress-class-conflict',
        ingress('nginx', 'nginx').replace('  ingressClassName: nginx\n', ''),
      ),
    ).toEqual([]);
    expect(findingsOf('ingress-class-conflict', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('treats an empty ingressClassName as set, as the API server does', () => {
    expect(findingsOf('ingress-class-conflict', ingress('nginx', '""'))).toHaveLength(1);
  });
});
