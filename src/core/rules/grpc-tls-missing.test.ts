import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const GENERATE_HOST = '    dev.okteto.com/generate-host: "true"\n';

/** ingress-nginx in front of a gRPC Service, without TLS; `extra` goes under `spec:`. */
function plaintext(extra = ''): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
spec:
  ingressClassName: nginx
${extra}  rules:
    - host: grpc.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  number: 80
`;
}

describe('grpc-tls-missing', () => {
  it('passes the built-in example (Okteto generates an HTTPS host)', () => {
    expect(findingsOf('grpc-tls-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a gRPC Ingress on ingress-nginx without spec.tls', () => {
    const [finding, ...rest] = findingsOf('grpc-tls-missing', plaintext());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      doc: 0,
      path: ['spec'],
      message:
        'Ingress `web` is served by ingress-nginx and routes gRPC to Service `server` port `80` ' +
        '(the Ingress has `nginx.ingress.kubernetes.io/backend-protocol: GRPC`), but it has no `spec.tls`. ' +
        'NGINX speaks HTTP/2 only on its TLS port (443); on port 80 it speaks HTTP/1.1, so gRPC clients that ' +
        'connect without TLS fail. Add a `spec.tls` entry with your host and a TLS Secret (cert-manager can ' +
        'create one), and connect clients to port 443 with TLS.',
    });
    expect(finding?.fix).toBeUndefined();
  });

  it('points at an empty tls list', () => {
    const [finding] = findingsOf('grpc-tls-missing', plaintext('  tls: []\n'));
    expect(finding?.path).toEqual(['spec', 'tls']);
  });

  it('passes once spec.tls is there', () => {
    const tls = '  tls:\n    - hosts: [grpc.example.com]\n      secretName: grpc-tls\n';
    expect(findingsOf('grpc-tls-missing', plaintext(tls))).toEqual([]);
  });

  it('does not apply to other controllers', () => {
    const traefik = plaintext().replace('ingressClassName: nginx', 'ingressClassName: traefik');
    expect(findingsOf('grpc-tls-missing', traefik)).toEqual([]);
  });

  it('on Okteto, offers generate-host as the fix', () => {
    const text = EXAMPLE_MANIFEST.replace(GENERATE_HOST, '');
    const [finding] = findingsOf('grpc-tls-missing', text, { profile: 'okteto-nginx' });
    expect(finding).toMatchObject({ severity: 'error', path: ['spec'] });
    expect(finding?.message).toContain(
      'Let Okteto give it an HTTPS endpoint with `dev.okteto.com/generate-host: "true"`',
    );
    const fixed = applyFix(text, finding);
    expect(fixed).toContain('dev.okteto.com/generate-host: "true"');
    expect(findingsOf('grpc-tls-missing', fixed, { profile: 'okteto-nginx' })).toEqual([]);
  });

  it('on Okteto, accepts a hand-written host (Okteto serves it over HTTPS)', () => {
    const text = EXAMPLE_MANIFEST.replace(GENERATE_HOST, '').replace(
      '    - http:',
      '    - host: server-alice.cloud.okteto.net\n      http:',
    );
    expect(findingsOf('grpc-tls-missing', text, { profile: 'okteto-nginx' })).toEqual([]);
  });
});
