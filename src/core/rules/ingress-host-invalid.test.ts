import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

function ingress(host: string, tlsHost = 'grpc.example.com'): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - ${tlsHost}
      secretName: grpc-tls
  rules:
    - host: ${host}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
`;
}

const HOST = ['spec', 'rules', 0, 'host'];

describe('ingress-host-invalid', () => {
  it('reports a host with a port and strips it', () => {
    const text = ingress('grpc.example.com:443');
    const [diagnostic, ...rest] = findingsOf('ingress-host-invalid', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: HOST,
      message:
        'The host `grpc.example.com:443` must not have a `:port`: the Ingress controller listens on 80 and ' +
        '443 itself. The API server rejects the Ingress. Write `grpc.example.com`.',
      fix: { title: 'Change the host to grpc.example.com' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(ingress('grpc.example.com'));
    expect(findingsOf('ingress-host-invalid', fixed)).toEqual([]);
  });

  it('reports a scheme and strips it', () => {
    const text = ingress('https://grpc.example.com/');
    const [diagnostic] = findingsOf('ingress-host-invalid', text);
    expect(diagnostic?.message).toContain('must be only the name, without `https://`');
    expect(applyFix(text, diagnostic)).toBe(ingress('grpc.example.com'));
  });

  it('reports an IP address, without a fix', () => {
    const [diagnostic] = findingsOf('ingress-host-invalid', ingress('203.0.113.7'));
    expect(diagnostic).toMatchObject({ severity: 'error', path: HOST });
    expect(diagnostic?.message).toContain('must be a DNS name, not an IP address');
    expect(diagnostic?.fix).toBeUndefined();
  });

  it.each(['"*"', '"*.*.example.com"', 'a.*.example.com', '"*example.com"'])(
    'reports the malformed wildcard %s',
    (host) => {
      const [diagnostic] = findingsOf('ingress-host-invalid', ingress(host));
      expect(diagnostic?.message).toContain('is a malformed wildcard');
    },
  );

  it('reports upper case and fixes it', () => {
    const text = ingress('GRPC.Example.com');
    const [diagnostic] = findingsOf('ingress-host-invalid', text);
    expect(diagnostic?.message).toBe(
      'The host `GRPC.Example.com` must be lower case. The API server rejects the Ingress. Write `grpc.example.com`.',
    );
    expect(applyFix(text, diagnostic)).toBe(ingress('grpc.example.com'));
  });

  it('checks TLS hosts, and only warns about an IP address there (the API accepts it)', () => {
    const [port] = findingsOf(
      'ingress-host-invalid',
      ingress('grpc.example.com', 'grpc.example.com:443'),
    );
    expect(port).toMatchObject({ severity: 'error', path: ['spec', 'tls', 0, 'hosts', 0] });
    const [ip] = findingsOf('ingress-host-invalid', ingress('grpc.example.com', '203.0.113.7'));
    expect(ip).toMatchObject({ severity: 'warning', path: ['spec', 'tls', 0, 'hosts', 0] });
    expect(ip?.message).toContain('a TLS certificate is chosen by the name clients send');
  });

  it('passes DNS names, a leading wildcard, no host, and the built-in example', () => {
    expect(findingsOf('ingress-host-invalid', ingress('grpc.example.com'))).toEqual([]);
    expect(
      findingsOf('ingress-host-invalid', ingress('"*.example.com"', '"*.example.com"')),
    ).toEqual([]);
    expect(findingsOf('ingress-host-invalid', ingress('""'))).toEqual([]);
    expect(findingsOf('ingress-host-invalid', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
