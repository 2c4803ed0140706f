import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverDeployment } from './deployment-fixture';
import { applyFix, findingsOf } from './testing';

function deployment(probes: string): string {
  return serverDeployment(
    `          ports:\n            - name: grpc\n              containerPort: 9000\n${probes}`,
  );
}

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('probe-handler-invalid', () => {
  it('reports a probe with no handler', () => {
    const [diagnostic, ...rest] = findingsOf(
      'probe-handler-invalid',
      deployment('          readinessProbe:\n            periodSeconds: 5\n'),
    );
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...CONTAINER, 'readinessProbe'],
      message:
        'The readinessProbe of container `server` has no way to check the container: give it exactly ' +
        'one of `exec`, `httpGet`, `tcpSocket` or `grpc`. The API server rejects a probe without one ' +
        '("must specify a handler type"). For a gRPC server, `grpc: {port: <container port number>}` ' +
        'asks its grpc.health.v1 service.',
    });
  });

  it('reports a probe with two handlers at the second one', () => {
    const [diagnostic] = findingsOf(
      'probe-handler-invalid',
      deployment(
        '          livenessProbe:\n            tcpSocket:\n              port: grpc\n            grpc:\n              port: 9000\n',
      ),
    );
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...CONTAINER, 'livenessProbe', 'grpc'],
      message:
        'The livenessProbe of container `server` has 2 handlers (`tcpSocket`, `grpc`); a probe runs ' +
        'exactly one, so the API server rejects it ("may not specify more than 1 handler type"). Keep ' +
        '`tcpSocket` or `grpc` and remove the others.',
      range: { start: { line: 23, column: 13 } },
    });
  });

  it('reports negative timings and a successThreshold other than 1 on a liveness probe', () => {
    const text = deployment(
      '          livenessProbe:\n            grpc:\n              port: 9000\n            initialDelaySeconds: -5\n            successThreshold: 2\n',
    );
    const diagnostics = findingsOf('probe-handler-invalid', text);
    expect(diagnostics.map((d) => [d.severity, d.path.at(-1)])).toEqual([
      ['error', 'initialDelaySeconds'],
      ['error', 'successThreshold'],
    ]);
    expect(diagnostics[0]?.message).toBe(
      '`initialDelaySeconds: -5` of the livenessProbe of container `server` is negative; the API server ' +
        'rejects it ("must be greater than or equal to 0").',
    );
    const success = diagnostics[1];
    expect(success?.message).toContain('for liveness and startup probes it must be 1');
    const fixed = applyFix(text, success);
    expect(fixed).toContain('successThreshold: 1\n');
    expect(findingsOf('probe-handler-invalid', fixed).map((d) => d.path.at(-1))).toEqual([
      'initialDelaySeconds',
    ]);
  });

  it('allows successThreshold above 1 on a readiness probe, and warns that 0 is replaced', () => {
    const text = deployment(
      '          readinessProbe:\n            grpc:\n              port: 9000\n            successThreshold: 3\n            periodSeconds: 0\n',
    );
    const [diagnostic, ...rest] = findingsOf('probe-handler-invalid', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      path: [...CONTAINER, 'readinessProbe', 'periodSeconds'],
    });
    expect(diagnostic?.message).toContain('quietly replaces it with the default 10');
  });

  it('rejects terminationGracePeriodSeconds on a readiness probe and removes it', () => {
    const text = deployment(
      '          readinessProbe:\n            terminationGracePeriodSeconds: 30\n            grpc:\n              port: 9000\n',
    );
    const [diagnostic] = findingsOf('probe-handler-invalid', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...CONTAINER, 'readinessProbe', 'terminationGracePeriodSeconds'],
      fix: { title: 'Remove terminationGracePeriodSeconds' },
    });
    expect(diagnostic?.message).toContain('must not be set for readinessProbes');
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('            terminationGracePeriodSeconds: 30\n', ''));
    expect(findingsOf('probe-handler-invalid', fixed)).toEqual([]);
  });

  it('passes valid probes, half-written probes and the built-in example', () => {
    const text = deployment(
      '          readinessProbe:\n            grpc:\n              port: 9000\n          livenessProbe:\n          startupProbe:\n            exec:\n              command: [/bin/true]\n            failureThreshold: 30\n            periodSeconds: "x"\n',
    );
    expect(findingsOf('probe-handler-invalid', text)).toEqual([]);
    expect(findingsOf('probe-handler-invalid', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
