import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const NO_GENERATE_HOST = EXAMPLE_MANIFEST.replace('    dev.okteto.com/generate-host: "true"\n', '');

const PLAIN = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: server
      port:
        number: 80
`;

describe('okteto-host-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('okteto-host-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('detects Okteto from its registry and asks for generate-host, which the fix adds', () => {
    const [finding, ...rest] = findingsOf('okteto-host-missing', NO_GENERATE_HOST);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      doc: 0,
      path: ['metadata', 'annotations'],
      message:
        'Ingress `ingress` is for Okteto but has no host and no `dev.okteto.com/generate-host` annotation, so ' +
        'Okteto gives it no public endpoint and no request reaches it. Add `dev.okteto.com/generate-host: "true"`: ' +
        'Okteto then serves it at `ingress-<namespace>.<your Okteto domain>` over HTTPS.',
    });
    const fixed = applyFix(NO_GENERATE_HOST, finding);
    expect(fixed).toContain('    dev.okteto.com/generate-host: "true"\n');
    expect(findingsOf('okteto-host-missing', fixed)).toEqual([]);
  });

  it('uses the profile option, and points at metadata when there are no annotations', () => {
    expect(findingsOf('okteto-host-missing', PLAIN)).toEqual([]);
    const [finding] = findingsOf('okteto-host-missing', PLAIN, { profile: 'okteto-nginx' });
    expect(finding?.path).toEqual(['metadata']);
    const fixed = applyFix(PLAIN, finding);
    expect(fixed).toContain('  annotations:\n    dev.okteto.com/generate-host: "true"\n');
  });

  it('accepts a hand-written host, and ignores Ingresses for another controller', () => {
    const hosted = NO_GENERATE_HOST.replace(
      '    - http:',
      '    - host: ingress-alice.okteto.example.com\n      http:',
    );
    expect(findingsOf('okteto-host-missing', hosted)).toEqual([]);
    const traefik = NO_GENERATE_HOST.replace(
      'ingressClassName: nginx',
      'ingressClassName: traefik',
    );
    expect(findingsOf('okteto-host-missing', traefik)).toEqual([]);
  });

  it('reports generate-host "false" by its value', () => {
    const off = EXAMPLE_MANIFEST.replace('generate-host: "true"', 'generate-host: "false"');
    const [finding] = findingsOf('okteto-host-missing', off);
    expect(finding?.path).toEqual(['metadata', 'annotations', 'dev.okteto.com/generate-host']);
    expect(finding?.message).toContain('and `dev.okteto.com/generate-host` is "false"');
    expect(findingsOf('okteto-host-missing', applyFix(off, finding))).toEqual([]);
  });
});
