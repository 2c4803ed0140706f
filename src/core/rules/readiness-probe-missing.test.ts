import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { findingsOf } from './testing';

/** The example without its readiness probe (the liveness probe stays). */
const NO_READINESS = EXAMPLE_MANIFEST.replace(
  '          readinessProbe:\n            exec:\n              command: ["/bin/grpc_health_probe", "--addr=:9000"]\n            initialDelaySeconds: 10\n',
  '',
);

describe('readiness-probe-missing', () => {
  it('passes the built-in example', () => {
    expect(NO_READINESS).not.toBe(EXAMPLE_MANIFEST);
    expect(findingsOf('readiness-probe-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('tells about a served container with no readiness probe, suggesting the native grpc probe', () => {
    const [finding, ...rest] = findingsOf('readiness-probe-missing', NO_READINESS);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'info',
      doc: 2,
      path: ['spec', 'template', 'spec', 'containers', 0, 'name'],
      message:
        'Container `server` of Deployment `server` is behind Service `server` but has no readinessProbe, so it ' +
        'gets requests as soon as it starts, before your server listens, and keeps getting them while it is stuck. ' +
        'If the server implements the gRPC health service (grpc.health.v1), add the native probe ' +
        '`readinessProbe: {grpc: {port: 9000}}` (Kubernetes 1.24+; the port must be a number); otherwise a ' +
        '`tcpSocket` probe on the port.',
    });
  });

  it('says nothing for a Deployment that no Service selects', () => {
    const deploymentOnly = NO_READINESS.slice(NO_READINESS.indexOf('apiVersion: apps/v1'));
    expect(findingsOf('readiness-probe-missing', deploymentOnly)).toEqual([]);
    const unselected = NO_READINESS.replace(
      '  selector:\n    app: server\n',
      '  selector:\n    app: other\n',
    );
    expect(findingsOf('readiness-probe-missing', unselected)).toEqual([]);
  });

  it('leaves out a sidecar that the Service does not reach', () => {
    const withSidecar = NO_READINESS.replace(
      '      containers:\n',
      '      containers:\n        - name: sidecar\n          image: busybox:1.36\n',
    );
    const findings = findingsOf('readiness-probe-missing', withSidecar);
    expect(findings.map((finding) => finding.path)).toEqual([
      ['spec', 'template', 'spec', 'containers', 1, 'name'],
    ]);
  });
});
