import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { ingressManifest, serverManifest } from './objects-fixtures';
import { findingsOf } from './testing';

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('invalid-port-number', () => {
  it('reports a containerPort above 65535', () => {
    const text = serverManifest({
      servicePorts: '\n    - name: grpc\n      port: 9000\n      targetPort: 9000',
      containerPorts: '\n            - name: grpc\n              containerPort: 90000',
    });
    const [diagnostic, ...rest] = findingsOf('invalid-port-number', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      kind: 'Deployment',
      path: [...CONTAINER, 'ports', 0, 'containerPort'],
      message:
        'The containerPort 90000 is not a port number: it must be between 1 and 65535. Port ' +
        'numbers are 16-bit, so 65535 is the highest. (API error: ' +
        'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 90000: must be ' +
        'between 1 and 65535, inclusive.)',
    });
  });

  it('reports Service port, targetPort and nodePort numbers out of range', () => {
    const text = serverManifest({
      servicePorts:
        '\n    - name: grpc\n      port: 0\n      targetPort: -1\n      nodePort: 70000',
    });
    const diagnostics = findingsOf('invalid-port-number', text);
    expect(diagnostics.map((d) => d.path)).toEqual([
      ['spec', 'ports', 0, 'port'],
      ['spec', 'ports', 0, 'targetPort'],
      ['spec', 'ports', 0, 'nodePort'],
    ]);
    expect(diagnostics[0]?.message).toMatch(
      /^The Service port 0 is not a port number: it must be between 1 and 65535\. Port 0 and negative numbers do not exist\./,
    );
  });

  it('reports Ingress backend and probe port numbers, but not the 0 that means "unset"', () => {
    const text =
      serverManifest().replace(
        '              protocol: TCP\n',
        '              protocol: TCP\n          readinessProbe:\n            grpc:\n              port: 65536\n',
      ) +
      '---\n' +
      ingressManifest(
        '\n                name: server\n                port:\n                  number: 100000',
      );
    const diagnostics = findingsOf('invalid-port-number', text);
    expect(diagnostics.map((d) => [d.kind, d.path])).toEqual([
      ['Deployment', [...CONTAINER, 'readinessProbe', 'grpc', 'port']],
      ['Ingress', ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'number']],
    ]);
    expect(diagnostics[0]?.message).toMatch(/^The grpc port 65536 is not a port number/);
    expect(diagnostics[1]?.message).toMatch(/^The backend port number 100000 is not a port number/);
  });

  it('passes valid ports, targetPort 0 (defaulted to port), the example, and wrong types', () => {
    expect(findingsOf('invalid-port-number', serverManifest())).toEqual([]);
    expect(findingsOf('invalid-port-number', EXAMPLE_MANIFEST)).toEqual([]);
    const text = serverManifest({
      servicePorts:
        '\n    - name: grpc\n      port: 65535\n      targetPort: 0\n    - name: web\n      port: "80"\n      targetPort: 8.5',
      containerPorts:
        '\n            - name: grpc\n              containerPort: 1\n              hostPort: 0\n            - {}',
    });
    expect(findingsOf('invalid-port-number', text)).toEqual([]);
  });
});
