import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverDeployment } from './deployment-fixture';
import { applyFix, findingsOf } from './testing';

function deployment(probes: string): string {
  return serverDeployment(
    `          ports:\n            - name: http-metrics\n              containerPort: 9093\n            - name: grpc\n              containerPort: 9000\n${probes}`,
  );
}

const PROBE = ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe'];

describe('grpc-probe-port-not-number', () => {
  it('reports a named port and fixes it to the number of that container port', () => {
    const text = deployment(
      '          readinessProbe:\n            grpc:\n              port: grpc\n',
    );
    const [diagnostic, ...rest] = findingsOf('grpc-probe-port-not-number', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...PROBE, 'grpc', 'port'],
      message:
        'The `grpc` readinessProbe of container `server` gives its port as the string `grpc`. Unlike ' +
        'httpGet and tcpSocket probes, a gRPC probe cannot name its port: the field only takes a ' +
        'number, so the API server rejects the object. Use 9000 (the number of container port `grpc`).',
      fix: { title: 'Set the probe port to 9000' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('port: grpc\n', 'port: 9000\n'));
    expect(findingsOf('grpc-probe-port-not-number', fixed)).toEqual([]);
  });

  it('reports a missing port and fills in the container port named grpc', () => {
    const text = deployment(
      '          readinessProbe:\n            grpc:\n              service: ""\n',
    );
    const [diagnostic] = findingsOf('grpc-probe-port-not-number', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...PROBE, 'grpc'],
      message:
        'The `grpc` readinessProbe of container `server` has no port. `grpc.port` is required: the ' +
        'number of the container port the gRPC server listens on (9000 here).',
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toContain('              port: 9000\n');
    expect(findingsOf('grpc-probe-port-not-number', fixed)).toEqual([]);
  });

  it('offers no fix for a name no container port has', () => {
    const [diagnostic] = findingsOf(
      'grpc-probe-port-not-number',
      deployment('          livenessProbe:\n            grpc:\n              port: health\n'),
    );
    expect(diagnostic?.message).toContain(
      'Use the container port number the gRPC server listens on.',
    );
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('passes a numeric port, other probe handlers and the built-in example', () => {
    const text = deployment(
      '          readinessProbe:\n            grpc:\n              port: 9000\n          livenessProbe:\n            tcpSocket:\n              port: grpc\n',
    );
    expect(findingsOf('grpc-probe-port-not-number', text)).toEqual([]);
    expect(findingsOf('grpc-probe-port-not-number', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
