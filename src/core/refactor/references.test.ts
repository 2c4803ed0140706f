import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { isByName, linksTo, manifestLinks } from './references';
import { parse } from './testing';

const httpRoute = `---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  rules:
    - backendRefs: [{name: server, port: 9000}]
`;

describe('manifestLinks', () => {
  it('resolves HTTPRoute backendRefs like GRPCRoute ones, keeping the real kind', () => {
    const { objects, graph } = manifestLinks(parse(EXAMPLE_MANIFEST + httpRoute));
    expect(objects[3]?.kind).toBe('HTTPRoute');
    const toService = linksTo(graph, 1, []).map((link) => [link.kind, link.from.doc]);
    expect(toService).toEqual([
      ['ingress-backend-service', 0],
      ['route-backend-service', 3],
    ]);
  });

  it('leaves a route of another API group alone', () => {
    const foreign = httpRoute.replace('gateway.networking.k8s.io/v1', 'example.com/v1');
    const { graph } = manifestLinks(parse(EXAMPLE_MANIFEST + foreign));
    expect(linksTo(graph, 1, []).map((link) => link.from.doc)).toEqual([0]);
  });

  it('knows which links name an object', () => {
    expect(isByName('route-parent')).toBe(true);
    expect(isByName('ingress-backend-port')).toBe(false);
  });
});
