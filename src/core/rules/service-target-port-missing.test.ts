import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const namedTypo = EXAMPLE_MANIFEST.replace('      targetPort: grpc\n', '      targetPort: grcp\n');

describe('service-target-port-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('service-target-port-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a named targetPort no container declares as an error, and renames it', () => {
    expect(namedTypo).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('service-target-port-missing', namedTypo);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Service server port grpc sends to container port `grcp`, but no container of Deployment server has a port by that name; Deployment server's container ports are grpc (9000), http-metrics (9093) — did you mean `grpc`?",
      doc: 1,
      path: ['spec', 'ports', 0, 'targetPort'],
      fix: { title: 'Set targetPort to container port `grpc` (9000)' },
    });
    expect(applyFix(namedTypo, diagnostic)).toBe(EXAMPLE_MANIFEST);
  });

  it('reports a named targetPort whose protocol differs as an error', () => {
    const udp = EXAMPLE_MANIFEST.replace(
      '            - name: grpc\n              containerPort: 9000\n              protocol: TCP\n',
      '            - name: grpc\n              containerPort: 9000\n              protocol: UDP\n',
    );
    const [diagnostic] = findingsOf('service-target-port-missing', udp);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        'Service server port grpc sends TCP to container port `grpc`, but in Deployment server that port is UDP; the protocols must be the same.',
    });
  });

  it('warns about a numeric targetPort no container declares (kube-thanos 6038a32), and points it at the port of the same name', () => {
    const text = EXAMPLE_MANIFEST.replace(
      '      targetPort: http-metrics\n',
      '      targetPort: 10902\n',
    );
    const [diagnostic, ...rest] = findingsOf('service-target-port-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message:
        "Service server port http-metrics sends to port 10902, but no container of Deployment server declares containerPort 10902; Deployment server's container ports are grpc (9000), http-metrics (9093) — did you mean its port `http-metrics` (9093)?",
      path: ['spec', 'ports', 1, 'targetPort'],
    });
    expect(applyFix(text, diagnostic)).toBe(EXAMPLE_MANIFEST);
  });

  it('warns when there is no targetPort and no container declares the port number', () => {
    const text = EXAMPLE_MANIFEST.replace('      targetPort: http-metrics\n', '').replace(
      '      port: 9093\n',
      '      port: 80\n',
    );
    const [diagnostic] = findingsOf('service-target-port-missing', text);
    expect(diagnostic).toMatchObject({ severity: 'warning', path: ['spec', 'ports', 1, 'port'] });
    expect(diagnostic?.message).toContain('(it has no targetPort, so its own port number is used)');
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toContain('      targetPort: http-metrics\n');
    expect(findingsOf('service-target-port-missing', fixed)).toEqual([]);
  });
});
