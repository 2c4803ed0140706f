import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverManifest } from './objects-fixtures';
import { applyFix, findingsOf } from './testing';

describe('service-port-name-required', () => {
  it('names an unnamed port after its named targetPort', () => {
    const text = serverManifest({
      servicePorts:
        '\n    - port: 9000\n      targetPort: grpc\n    - name: metrics\n      port: 9093\n      targetPort: 9093',
    });
    const [diagnostic, ...rest] = findingsOf('service-port-name-required', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      kind: 'Service',
      path: ['spec', 'ports', 0, 'name'],
      message:
        'The Service "server" has 2 ports, so every port needs a name, and ports[0] (port 9000) ' +
        'has none. The name is how an Ingress backend (port.name) and the endpoints tell the ' +
        'ports apart. Name it, e.g. "grpc". (API error: spec.ports[0].name: Required value.)',
      fix: { title: 'Name the port "grpc"' },
    });
    const fixed = applyFix(text, diagnostic);
    // The new key goes before the first key that conventionally follows it (key-order.ts).
    expect(fixed).toBe(
      text.replace(
        '    - port: 9000\n      targetPort: grpc',
        '    - port: 9000\n      name: grpc\n      targetPort: grpc',
      ),
    );
    expect(findingsOf('service-port-name-required', fixed)).toEqual([]);
  });

  it('names ports with a numeric or no targetPort port-<number>, each one distinct', () => {
    const text = serverManifest({
      servicePorts:
        '\n    - name: grpc\n      port: 9000\n      targetPort: grpc\n    - port: 9093\n      targetPort: 9093\n    - port: 9093\n      protocol: UDP\n    - name: ""\n      port: 80',
    });
    const diagnostics = findingsOf('service-port-name-required', text);
    expect(diagnostics.map((d) => [d.path, d.fix?.title])).toEqual([
      [['spec', 'ports', 1, 'name'], 'Name the port "port-9093"'],
      [['spec', 'ports', 2, 'name'], 'Name the port "port-9093-2"'],
      [['spec', 'ports', 3, 'name'], 'Name the port "port-80"'],
    ]);
    let fixed = text;
    for (const diagnostic of diagnostics) fixed = applyFix(fixed, diagnostic);
    expect(findingsOf('service-port-name-required', fixed)).toEqual([]);
  });

  it('lets a single port go unnamed, and passes the built-in example', () => {
    const text = serverManifest({ servicePorts: '\n    - port: 9000\n      targetPort: grpc' });
    expect(findingsOf('service-port-name-required', text)).toEqual([]);
    expect(findingsOf('service-port-name-required', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
