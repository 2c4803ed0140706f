import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverManifest } from './objects-fixtures';
import { applyFix, findingsOf } from './testing';

describe('invalid-protocol', () => {
  it('reports GRPC as a Service port protocol and sets TCP', () => {
    const text = serverManifest({
      servicePorts:
        '\n    - name: grpc\n      port: 9000\n      protocol: GRPC\n      targetPort: grpc',
    });
    const [diagnostic, ...rest] = findingsOf('invalid-protocol', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      kind: 'Service',
      path: ['spec', 'ports', 0, 'protocol'],
      message:
        'The port protocol "GRPC" is not accepted by the API server. The protocol of a port is ' +
        'its transport: TCP, UDP or SCTP. gRPC (like HTTP/2) runs over TCP, so use TCP. To say ' +
        'that this Service port speaks gRPC, name it "grpc" (or "grpc-…") or set its appProtocol ' +
        '(kubernetes.io/h2c for gRPC without TLS). (API error: spec.ports[0].protocol: ' +
        'Unsupported value: "GRPC": supported values: "SCTP", "TCP", "UDP".)',
      fix: { title: 'Set the protocol to TCP' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('protocol: GRPC', 'protocol: TCP'));
    expect(findingsOf('invalid-protocol', fixed)).toEqual([]);
  });

  it('upper-cases a lower-case container port protocol', () => {
    const text = serverManifest().replace(
      '              protocol: TCP',
      '              protocol: udp',
    );
    const [diagnostic, ...rest] = findingsOf('invalid-protocol', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      kind: 'Deployment',
      path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'protocol'],
      fix: { title: 'Set the protocol to UDP' },
    });
    expect(diagnostic?.message).toMatch(
      /^The port protocol "udp" is not accepted by the API server\. Protocol names are upper case: use "UDP"\./,
    );
    expect(findingsOf('invalid-protocol', applyFix(text, diagnostic))).toEqual([]);
  });

  it('passes TCP, UDP, SCTP, an empty or missing protocol, and the built-in example', () => {
    const text = serverManifest({
      servicePorts:
        '\n    - name: grpc\n      port: 9000\n      targetPort: grpc\n    - name: dns\n      port: 53\n      protocol: UDP\n    - name: s\n      port: 99\n      protocol: SCTP\n    - name: e\n      port: 98\n      protocol: ""',
    });
    expect(findingsOf('invalid-protocol', text)).toEqual([]);
    expect(findingsOf('invalid-protocol', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
