import { describe, expect, it } from 'vitest';
import { setField } from '../model/commands';
import { EXAMPLE_MANIFEST } from '../model/example';
import { ingressPath } from '../model/paths';
import { newApp } from './add-objects';
import { addIngressPath, addIngressRule, backendFor, removeIngressPath } from './ingress-edits';
import { apply, errorLines, parse } from './testing';

/** The example with a second server, its one path narrowed to the Greeter service. */
function twoServers(): string {
  const withApp = apply(EXAMPLE_MANIFEST, newApp(parse(EXAMPLE_MANIFEST)).commands);
  return apply(withApp, setField(0, [...ingressPath.path(0, 0), 'path'], '/helloworld.Greeter'));
}

const only = (prefix: string, text: string) =>
  errorLines(text).filter((line) => line.startsWith(prefix));

describe('addIngressPath', () => {
  it('splits one host between two gRPC services by gRPC service path', () => {
    const text = twoServers();
    const commands = addIngressPath(parse(text), 0, 'server-2', 9000, '/routeguide.RouteGuide');
    const result = apply(text, commands);
    expect(result).toContain(`          - path: /helloworld.Greeter
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
          - path: /routeguide.RouteGuide
            pathType: Prefix
            backend:
              service:
                name: server-2
                port:
                  name: grpc
---`);
    expect(errorLines(result)).toEqual([]);
  });

  it('names the port by number when the Service port has no name', () => {
    const unnamed = EXAMPLE_MANIFEST.replace(
      '    - name: grpc\n      port: 9000',
      '    - port: 9000',
    );
    expect(backendFor(parse(unnamed), null, 'server', 9000)).toEqual({
      service: { name: 'server', port: { number: 9000 } },
    });
    expect(backendFor(parse(unnamed), null, 'server', 'grpc')).toEqual({
      service: { name: 'server', port: { name: 'grpc' } },
    });
  });

  it('writes a backend to a Service that is not there as asked, which the checks report', () => {
    const commands = addIngressPath(parse(EXAMPLE_MANIFEST), 0, 'missing', 9000, '/x');
    const text = apply(EXAMPLE_MANIFEST, commands);
    expect(only('ingress-service-missing', text)).toHaveLength(1);
  });

  it('adds the first rule to an Ingress that has only a default backend', () => {
    const onlyDefault = EXAMPLE_MANIFEST.replace(
      / {2}rules:\n[\s\S]*?---/,
      '  defaultBackend:\n    service:\n      name: server\n      port:\n        name: grpc\n---',
    );
    const commands = addIngressPath(parse(onlyDefault), 0, 'server', 'grpc', '/api');
    expect(commands).toEqual([
      {
        type: 'append',
        doc: 0,
        path: ingressPath.rules,
        value: {
          http: {
            paths: [
              {
                path: '/api',
                pathType: 'Prefix',
                backend: { service: { name: 'server', port: { name: 'grpc' } } },
              },
            ],
          },
        },
      },
    ]);
    expect(errorLines(apply(onlyDefault, commands))).toEqual([]);
  });

  it('gives nothing for a path the rule has, a missing rule, or no Ingress', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(addIngressPath(parsed, 0, 'server', 'grpc', '/')).toEqual([]);
    expect(addIngressPath(parsed, 0, 'server', 'grpc', '/x', 3)).toEqual([]);
    expect(addIngressPath(parsed, 1, 'server', 'grpc', '/x')).toEqual([]);
  });
});

describe('addIngressRule', () => {
  it('adds a host sent where the Ingress already sends, or to the Service given', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    const text = apply(EXAMPLE_MANIFEST, addIngressRule(parsed, 0, 'grpc.example.com'));
    expect(text).toContain(`    - host: grpc.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
---`);
    expect(errorLines(text)).toEqual([]);
    const [command] = addIngressRule(parsed, 0, 'api.example.com', {
      serviceName: 'server',
      servicePort: 9093,
    });
    expect(command).toMatchObject({
      value: { http: { paths: [{ backend: { service: { port: { name: 'http-metrics' } } } }] } },
    });
  });

  it('gives nothing for a host that has a rule, or no Ingress', () => {
    const text = apply(EXAMPLE_MANIFEST, addIngressRule(parse(EXAMPLE_MANIFEST), 0, 'a.example'));
    expect(addIngressRule(parse(text), 0, 'a.example')).toEqual([]);
    // The example's rule has no host: it is the rule for every host.
    expect(addIngressRule(parse(EXAMPLE_MANIFEST), 0, '')).toEqual([]);
    expect(addIngressRule(parse(EXAMPLE_MANIFEST), 2, 'b.example')).toEqual([]);
  });
});

describe('removeIngressPath', () => {
  it('removes one path of two, and the rule with its last path', () => {
    const text = twoServers();
    const split = apply(text, addIngressPath(parse(text), 0, 'server-2', 9000, '/routeguide'));
    const first = apply(split, removeIngressPath(parse(split), 0, 0, 0));
    expect(first).toBe(
      text
        .replace('/helloworld.Greeter', '/routeguide')
        .replaceAll('name: server\n                port', 'name: server-2\n                port'),
    );
    const last = removeIngressPath(parse(first), 0, 0, 0);
    expect(last).toEqual([{ type: 'delete', doc: 0, path: ingressPath.rule(0) }]);
    // With no rule and no default backend left, the Ingress routes nothing: the checks say so.
    expect(only('ingress-backend-invalid', apply(first, last))).toHaveLength(1);
  });

  it('gives nothing for a path that is not there', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(removeIngressPath(parsed, 0, 0, 1)).toEqual([]);
    expect(removeIngressPath(parsed, 0, 1, 0)).toEqual([]);
    expect(removeIngressPath(parsed, 1, 0, 0)).toEqual([]);
  });
});
