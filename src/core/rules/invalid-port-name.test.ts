import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { ingressManifest, serverManifest } from './objects-fixtures';
import { findingsOf } from './testing';

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('invalid-port-name', () => {
  it('reports a container port name longer than 15 characters', () => {
    const name = 'grpc-server-port';
    const text = serverManifest({
      servicePorts: `\n    - name: grpc\n      port: 9000\n      targetPort: ${name}`,
      containerPorts: `\n            - name: ${name}\n              containerPort: 9000`,
    });
    const diagnostics = findingsOf('invalid-port-name', text);
    expect(diagnostics.map((d) => [d.kind, d.path])).toEqual([
      ['Service', ['spec', 'ports', 0, 'targetPort']],
      ['Deployment', [...CONTAINER, 'ports', 0, 'name']],
    ]);
    expect(diagnostics[1]).toMatchObject({
      severity: 'error',
      message:
        'The container port name "grpc-server-port" is not a valid port name: it must be 1 to 15 ' +
        'characters. Port names are IANA service names: at most 15 lower case letters, digits and ' +
        "'-', with at least one letter and no '-' at either end or twice in a row (e.g. grpc, " +
        'http-metrics). (API error: spec.template.spec.containers[0].ports[0].name: Invalid ' +
        'value: "grpc-server-port".)',
    });
    expect(diagnostics[0]?.message).toMatch(
      /^The named targetPort "grpc-server-port" is not a valid port name: /,
    );
  });

  it('tells that a quoted number is a name', () => {
    const text = serverManifest({
      servicePorts: '\n    - name: grpc\n      port: 9000\n      targetPort: "9000"',
    });
    const [diagnostic, ...rest] = findingsOf('invalid-port-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ path: ['spec', 'ports', 0, 'targetPort'] });
    expect(diagnostic?.message).toContain('it must contain at least one letter (a-z)');
    expect(diagnostic?.message).toContain('If you meant the port number, remove the quotes.');
  });

  it('suggests a lower-case name for an upper-case Ingress backend port name', () => {
    const text =
      serverManifest() +
      '---\n' +
      ingressManifest(
        '\n                name: server\n                port:\n                  name: GRPC',
      );
    const [diagnostic, ...rest] = findingsOf('invalid-port-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      kind: 'Ingress',
      path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'name'],
    });
    expect(diagnostic?.message).toContain(
      'For example "grpc" (and use the same name wherever it is referenced).',
    );
  });

  it('checks named probe ports but leaves the grpc probe to its own rule', () => {
    const text = serverManifest().replace(
      '              protocol: TCP\n',
      '              protocol: TCP\n          readinessProbe:\n            tcpSocket:\n              port: grpc--main\n          livenessProbe:\n            grpc:\n              port: Grpc\n',
    );
    const diagnostics = findingsOf('invalid-port-name', text);
    expect(diagnostics.map((d) => d.path)).toEqual([
      [...CONTAINER, 'readinessProbe', 'tcpSocket', 'port'],
    ]);
    expect(diagnostics[0]?.message).toMatch(
      /^The tcpSocket port "grpc--main" is not a valid port name: it must not contain two hyphens in a row\./,
    );
  });

  it('holds Service port names to DNS-1123 labels, not to the 15-character limit', () => {
    const long = serverManifest({
      servicePorts: '\n    - name: grpc-public-endpoint\n      port: 9000\n      targetPort: grpc',
    });
    expect(findingsOf('invalid-port-name', long)).toEqual([]);
    const bad = serverManifest({
      servicePorts: '\n    - name: gRPC_api\n      port: 9000\n      targetPort: grpc',
    });
    const [diagnostic, ...rest] = findingsOf('invalid-port-name', bad);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['spec', 'ports', 0, 'name'],
      message:
        'The Service port name "gRPC_api" is not valid: it must consist of lower case letters, ' +
        "digits or '-', and must start and end with a letter or digit. A Service port name is a " +
        "DNS-1123 label: at most 63 lower case letters, digits and '-'; keep it to 15 characters " +
        'so that an Ingress can refer to it. For example "grpc-api" (and use the same name ' +
        'wherever it is referenced). (API error: spec.ports[0].name: Invalid value: "gRPC_api".)',
    });
  });

  it('passes valid and empty names, the built-in example and half-written ports', () => {
    expect(findingsOf('invalid-port-name', serverManifest())).toEqual([]);
    expect(findingsOf('invalid-port-name', EXAMPLE_MANIFEST)).toEqual([]);
    const text = serverManifest({
      servicePorts: '\n    - name: ""\n      port: 9000\n      targetPort: ""\n    - 7',
      containerPorts: '\n            - name: 5\n              containerPort: 9000\n            - x',
    });
    expect(findingsOf('invalid-port-name', text)).toEqual([]);
  });
});
