import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const manifest = (port: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
spec:
  rules:
    - backendRefs:
        - name: greeter${port}
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
      targetPort: 9000
`;

describe('route-port-missing', () => {
  it("passes a backendRef to the Service's port, and the example", () => {
    expect(findingsOf('route-port-missing', manifest('\n          port: 50051'))).toEqual([]);
    expect(findingsOf('route-port-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a missing port and adds the only Service port', () => {
    const text = manifest('');
    const [diagnostic, ...rest] = findingsOf('route-port-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "GRPCRoute route sends to Service greeter without a port; a backendRef to a Service must say which port (Service greeter's ports are grpc (50051)).",
      path: ['spec', 'rules', 0, 'backendRefs', 0, 'port'],
      fix: { title: "Use the Service's port 50051" },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(manifest('\n          port: 50051'));
    expect(findingsOf('route-port-missing', fixed)).toEqual([]);
  });

  it('reports the targetPort used instead of the Service port', () => {
    const text = manifest('\n          port: 9000');
    const [diagnostic] = findingsOf('route-port-missing', text);
    expect(diagnostic?.message).toBe(
      "GRPCRoute route sends to port 9000 of Service greeter, but Service greeter's ports are grpc (50051); 9000 is the targetPort of its port grpc (50051): use the Service's own port, 50051.",
    );
    expect(findingsOf('route-port-missing', applyFix(text, diagnostic))).toEqual([]);
  });
});
