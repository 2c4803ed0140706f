import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const manifest = (parent: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: grpc-gateway
spec:
  gatewayClassName: example
  listeners:
    - name: grpc
      protocol: HTTP
      port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
spec:
  parentRefs:
    - name: ${parent}
`;

describe('route-parent-missing', () => {
  it('passes a route attached to its Gateway, and the example', () => {
    expect(findingsOf('route-parent-missing', manifest('grpc-gateway'))).toEqual([]);
    expect(findingsOf('route-parent-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a parentRef naming no Gateway, and renames it to the near one', () => {
    const text = manifest('grpc-gatway');
    const [diagnostic, ...rest] = findingsOf('route-parent-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        'GRPCRoute route attaches to Gateway `grpc-gatway`, but there is no Gateway by that name in this namespace — did you mean `grpc-gateway`?',
      doc: 1,
      path: ['spec', 'parentRefs', 0, 'name'],
      fix: { title: 'Use Gateway `grpc-gateway`' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(manifest('grpc-gateway'));
    expect(findingsOf('route-parent-missing', fixed)).toEqual([]);
  });
});
