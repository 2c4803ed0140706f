import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const manifest = (backend: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
spec:
  rules:
    - backendRefs:
        - name: ${backend}
          port: 50051
---
apiVersion: v1
kind: Service
metadata:
  name: greeter
spec:
  selector:
    app: greeter
  ports:
    - name: grpc
      port: 50051
`;

describe('route-service-missing', () => {
  it('passes a backendRef to an existing Service, and the example', () => {
    expect(findingsOf('route-service-missing', manifest('greeter'))).toEqual([]);
    expect(findingsOf('route-service-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a backendRef naming no Service, and renames it to the near one', () => {
    const text = manifest('greter');
    const [diagnostic, ...rest] = findingsOf('route-service-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        'GRPCRoute route sends to Service `greter`, but there is no Service by that name in this namespace — did you mean `greeter`?',
      doc: 0,
      path: ['spec', 'rules', 0, 'backendRefs', 0, 'name'],
      fix: { title: 'Use Service `greeter`' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(manifest('greeter'));
    expect(findingsOf('route-service-missing', fixed)).toEqual([]);
  });
});
