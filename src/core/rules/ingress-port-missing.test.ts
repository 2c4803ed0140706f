import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const PORT = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port'];

const manifest = (port: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: greeter
                port:
                  ${port}
---
apiVersion: v1
kind: Service
metadata:
  name: greeter
spec:
  selector:
    app: greeter
  ports:
    - name: grpc
      port: 80
      targetPort: 50051
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: greeter
spec:
  selector:
    matchLabels:
      app: greeter
  template:
    metadata:
      labels:
        app: greeter
    spec:
      containers:
        - name: greeter
          image: example/greeter:1
          ports:
            - containerPort: 50051
`;

describe('ingress-port-missing', () => {
  it('passes the built-in example and a backend by the Service port number', () => {
    expect(findingsOf('ingress-port-missing', EXAMPLE_MANIFEST)).toEqual([]);
    expect(findingsOf('ingress-port-missing', manifest('number: 80'))).toEqual([]);
  });

  it('reports the container port number used instead of the Service port', () => {
    const text = manifest('number: 50051');
    const [diagnostic, ...rest] = findingsOf('ingress-port-missing', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Ingress ingress sends / to port `50051` of Service greeter, but Service greeter's ports are grpc (80); 50051 is the targetPort of its port grpc (80): use the Service's own port, 80.",
      path: [...PORT, 'number'],
      fix: { title: 'Send to Service port `grpc`' },
    });
    // The fix names the port and removes the number: exactly one of the two may be set.
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(manifest('name: grpc'));
    expect(findingsOf('ingress-port-missing', fixed)).toEqual([]);
  });

  it('reports a port name the Service does not have, with "did you mean"', () => {
    const text = EXAMPLE_MANIFEST.replace(
      '                  name: grpc\n',
      '                  name: grcp\n',
    );
    const [diagnostic] = findingsOf('ingress-port-missing', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Ingress ingress sends / to port `grcp` of Service server, but Service server's ports are grpc (9000), http-metrics (9093) — did you mean `grpc`?",
      path: [...PORT, 'name'],
    });
    expect(applyFix(text, diagnostic)).toBe(EXAMPLE_MANIFEST);
  });
});
