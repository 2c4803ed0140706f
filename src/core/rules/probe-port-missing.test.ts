import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const EXEC =
  '          readinessProbe:\n            exec:\n              command: ["/bin/grpc_health_probe", "--addr=:9000"]\n';
const withProbe = (handler: string) =>
  EXAMPLE_MANIFEST.replace(EXEC, `          readinessProbe:\n            ${handler}\n`);

describe('probe-port-missing', () => {
  it('passes the built-in example and probes on declared ports', () => {
    expect(findingsOf('probe-port-missing', EXAMPLE_MANIFEST)).toEqual([]);
    expect(findingsOf('probe-port-missing', withProbe('grpc:\n              port: 9000'))).toEqual(
      [],
    );
    expect(
      findingsOf(
        'probe-port-missing',
        withProbe('httpGet:\n              path: /metrics\n              port: http-metrics'),
      ),
    ).toEqual([]);
  });

  it('warns about a named probe port the container does not have, and renames it', () => {
    const text = withProbe(
      'httpGet:\n              path: /metrics\n              port: http-metric',
    );
    expect(text).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('probe-port-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message:
        'The readinessProbe of container server in Deployment server checks port `http-metric`, but the container has no port by that name; its ports are grpc (9000), http-metrics (9093) — did you mean `http-metrics`?',
      doc: 2,
      path: ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'httpGet', 'port'],
      fix: { title: 'Check container port `http-metrics`' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(
      withProbe('httpGet:\n              path: /metrics\n              port: http-metrics'),
    );
    expect(findingsOf('probe-port-missing', fixed)).toEqual([]);
  });

  it('warns about a probe port number the container does not declare', () => {
    const [diagnostic] = findingsOf(
      'probe-port-missing',
      withProbe('tcpSocket:\n              port: 9001'),
    );
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message:
        'The readinessProbe of container server in Deployment server checks port 9001, but the container does not declare containerPort 9001; its ports are grpc (9000), http-metrics (9093).',
      path: ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe', 'tcpSocket', 'port'],
    });
  });
});
