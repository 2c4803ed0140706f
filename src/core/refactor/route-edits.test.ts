import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { newApp } from './add-objects';
import { addRouteRule, removeRouteRule } from './route-edits';
import { apply, errorLines, parse } from './testing';

const gateway = `---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
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
    - name: gw
  rules:
    - matches:
        - method:
            service: helloworld.Greeter
      backendRefs:
        - name: server
          port: 9000
`;

/** The example's server and a second one, behind a Gateway (documents 3 and 4). */
function withRoute(): string {
  const text = EXAMPLE_MANIFEST + gateway;
  return apply(text, newApp(parse(text)).commands);
}

const ROUTE = 4;

describe('addRouteRule', () => {
  it('routes a gRPC service to the second server', () => {
    const text = withRoute();
    const commands = addRouteRule(parse(text), ROUTE, 'server-2', 9000, 'routeguide.RouteGuide');
    const result = apply(text, commands);
    expect(result).toContain(`          port: 9000
    - matches:
        - method:
            service: routeguide.RouteGuide
      backendRefs:
        - name: server-2
          port: 9000
---`);
    expect(errorLines(result)).toEqual([]);
  });

  it('without a gRPC service, the rule catches every call', () => {
    const [command] = addRouteRule(parse(withRoute()), ROUTE, 'server-2', 9000);
    expect(command).toEqual({
      type: 'append',
      doc: ROUTE,
      path: ['spec', 'rules'],
      value: { backendRefs: [{ name: 'server-2', port: 9000 }] },
    });
  });

  it('writes what it is given, and the checks report a Service or port that is not there', () => {
    const text = withRoute();
    const result = apply(text, addRouteRule(parse(text), ROUTE, 'server-3', 9000));
    expect(errorLines(result).map((line) => line.split(':')[0])).toEqual(['route-service-missing']);
    const wrongPort = apply(text, addRouteRule(parse(text), ROUTE, 'server-2', 9001));
    expect(errorLines(wrongPort).map((line) => line.split(':')[0])).toEqual(['route-port-missing']);
  });

  it('gives nothing for a document that is not a GRPCRoute', () => {
    const parsed = parse(withRoute());
    expect(addRouteRule(parsed, 3, 'server', 9000)).toEqual([]);
    expect(addRouteRule(parsed, 42, 'server', 9000)).toEqual([]);
  });
});

describe('removeRouteRule', () => {
  it('removes one rule and keeps the others as written', () => {
    const text = withRoute();
    const added = apply(text, addRouteRule(parse(text), ROUTE, 'server-2', 9000, 'x.Y'));
    expect(apply(added, removeRouteRule(parse(added), ROUTE, 1))).toBe(text);
  });

  it('gives nothing for a rule that is not there', () => {
    const parsed = parse(withRoute());
    expect(removeRouteRule(parsed, ROUTE, 1)).toEqual([]);
    expect(removeRouteRule(parsed, ROUTE, -1)).toEqual([]);
    expect(removeRouteRule(parsed, 0, 0)).toEqual([]);
  });
});
