import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { applyFix, findingsOf } from './testing';

interface Chain {
  className?: string;
  ingressAnnotations?: readonly string[];
  serviceAnnotations?: readonly string[];
  /** '' for a port without a name. */
  servicePortName?: string;
  backendPort?: string;
}

/** Ingress `web` → Service `server` → Deployment `server`, a gRPC server on 9000. */
function chain({
  className = 'nginx',
  ingressAnnotations = [],
  serviceAnnotations = [],
  servicePortName = 'grpc',
  backendPort = 'name: grpc',
}: Chain = {}): string {
  const annotations = (lines: readonly string[]) =>
    lines.length === 0 ? '' : `  annotations:\n${lines.map((line) => `    ${line}\n`).join('')}`;
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
${annotations(ingressAnnotations)}spec:
  ingressClassName: ${className}
  tls:
    - hosts: [grpc.example.com]
      secretName: grpc-tls
  rules:
    - host: grpc.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  ${backendPort}
---
apiVersion: v1
kind: Service
metadata:
  name: server
${annotations(serviceAnnotations)}spec:
  selector:
    app: server
  ports:
    - ${servicePortName === '' ? '' : `name: ${servicePortName}\n      `}port: 9000
      targetPort: 9000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  selector:
    matchLabels:
      app: server
  template:
    metadata:
      labels:
        app: server
    spec:
      containers:
        - name: server
          image: example/server:1.0
          ports:
            - containerPort: 9000
`;
}

/** The string value of an annotation of one document after a fix. */
function annotation(text: string, doc: number, key: string): unknown {
  const object = parseManifest(text).documents[doc]?.object as {
    metadata?: { annotations?: Record<string, unknown> };
  };
  return object.metadata?.annotations?.[key];
}

describe('grpc-backend-protocol-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('grpc-backend-protocol-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  describe('ingress-nginx', () => {
    it('reports a gRPC port behind an Ingress without backend-protocol, and fixes it', () => {
      const text = chain();
      const [finding, ...rest] = findingsOf('grpc-backend-protocol-missing', text);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        severity: 'error',
        doc: 0,
        path: ['metadata'],
        message:
          'Ingress `web` is served by ingress-nginx and routes to Service `server` port `grpc`, which speaks gRPC ' +
          '(the Service port is named `grpc`), but the Ingress does not have ' +
          '`nginx.ingress.kubernetes.io/backend-protocol: "GRPC"`. Without "GRPC" (or "GRPCS"), ingress-nginx talks ' +
          'HTTP/1.1 to the pod and every gRPC call fails (usually with a 502). Set the annotation on the Ingress to ' +
          '"GRPC" ("GRPC" for plain HTTP/2 to the pod, "GRPCS" when the pod itself serves TLS).',
      });
      const fixed = applyFix(text, finding);
      expect(annotation(fixed, 0, 'nginx.ingress.kubernetes.io/backend-protocol')).toBe('GRPC');
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });

    it('points at a wrong value and turns HTTPS into GRPCS, keeping its quotes', () => {
      const text = chain({
        ingressAnnotations: ['nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"'],
      });
      const [finding] = findingsOf('grpc-backend-protocol-missing', text);
      expect(finding?.path).toEqual([
        'metadata',
        'annotations',
        'nginx.ingress.kubernetes.io/backend-protocol',
      ]);
      expect(finding?.message).toContain(
        'the Ingress sets `nginx.ingress.kubernetes.io/backend-protocol` to "HTTPS"',
      );
      const fixed = applyFix(text, finding);
      expect(fixed).toContain('nginx.ingress.kubernetes.io/backend-protocol: "GRPCS"');
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });

    it('accepts GRPC in any case, as ingress-nginx upper-cases the value', () => {
      const text = chain({
        ingressAnnotations: ['nginx.ingress.kubernetes.io/backend-protocol: grpc'],
      });
      expect(findingsOf('grpc-backend-protocol-missing', text)).toEqual([]);
    });

    it('says nothing when no port looks like gRPC', () => {
      expect(
        findingsOf('grpc-backend-protocol-missing', chain({ servicePortName: 'web' })),
      ).toEqual([]);
    });
  });

  describe('Traefik', () => {
    it('asks for serversscheme h2c on the Service, and adds it there', () => {
      const text = chain({ className: 'traefik' });
      const [finding, ...rest] = findingsOf('grpc-backend-protocol-missing', text);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'error', doc: 1, path: ['metadata'] });
      expect(finding?.message).toContain(
        'but Service `server` does not have `traefik.ingress.kubernetes.io/service.serversscheme: h2c`. ' +
          'Traefik then talks HTTP/1.1 to the pod',
      );
      const fixed = applyFix(text, finding);
      expect(annotation(fixed, 1, 'traefik.ingress.kubernetes.io/service.serversscheme')).toBe(
        'h2c',
      );
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });

    it('accepts the Traefik v1 annotation on the Ingress', () => {
      const text = chain({
        className: 'traefik',
        ingressAnnotations: ['ingress.kubernetes.io/protocol: h2c'],
      });
      expect(findingsOf('grpc-backend-protocol-missing', text)).toEqual([]);
    });

    it('explains that an nginx annotation means nothing to Traefik', () => {
      const text = chain({
        className: 'traefik',
        servicePortName: 'api',
        ingressAnnotations: ['nginx.ingress.kubernetes.io/backend-protocol: "GRPC"'],
      });
      const [finding] = findingsOf('grpc-backend-protocol-missing', text);
      expect(finding?.message).toContain(
        '(the Ingress has `nginx.ingress.kubernetes.io/backend-protocol: GRPC`; Traefik ignores ' +
          '`nginx.ingress.kubernetes.io/backend-protocol`, which only ingress-nginx reads)',
      );
    });
  });

  describe('GKE', () => {
    it('asks for app-protocols on the Service, merging what is already mapped', () => {
      const text = chain({
        className: 'gce',
        serviceAnnotations: [`cloud.google.com/app-protocols: '{"metrics":"HTTP"}'`],
      });
      const [finding] = findingsOf('grpc-backend-protocol-missing', text);
      expect(finding).toMatchObject({
        severity: 'error',
        doc: 1,
        path: ['metadata', 'annotations', 'cloud.google.com/app-protocols'],
      });
      expect(finding?.message).toContain(
        "Service `server`'s `cloud.google.com/app-protocols` does not mention port `grpc`",
      );
      expect(finding?.message).toContain('HTTP2 here means HTTP/2 with TLS');
      const fixed = applyFix(text, finding);
      expect(annotation(fixed, 1, 'cloud.google.com/app-protocols')).toBe(
        '{"metrics":"HTTP","grpc":"HTTP2"}',
      );
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });

    it('accepts the legacy annotation key', () => {
      const text = chain({
        className: 'gce',
        serviceAnnotations: [`service.alpha.kubernetes.io/app-protocols: '{"grpc":"HTTP2"}'`],
      });
      expect(findingsOf('grpc-backend-protocol-missing', text)).toEqual([]);
    });

    it('asks to name an unnamed port first, without a fix', () => {
      const text = chain({
        className: 'gce',
        servicePortName: '',
        backendPort: 'number: 9000',
        ingressAnnotations: ['kubernetes.io/ingress.allow-http: "false"'],
        serviceAnnotations: [`cloud.google.com/app-protocols: '{"grpc":"HTTP2"}'`],
      });
      // No name anywhere: nothing says gRPC, so nothing is reported.
      expect(findingsOf('grpc-backend-protocol-missing', text)).toEqual([]);
      const marked = text.replace('    - port: 9000', '    - appProtocol: grpc\n      port: 9000');
      const [finding] = findingsOf('grpc-backend-protocol-missing', marked);
      expect(finding?.message).toContain(
        'Service `server` port 9000 has no name, and `cloud.google.com/app-protocols` maps port names to protocols',
      );
      expect(finding?.fix).toBeUndefined();
    });
  });

  describe('AWS ALB', () => {
    it('asks for backend-protocol-version GRPC on the Ingress', () => {
      const text = chain({ className: 'alb' });
      const [finding] = findingsOf('grpc-backend-protocol-missing', text);
      expect(finding).toMatchObject({ severity: 'error', doc: 0, path: ['metadata'] });
      expect(finding?.message).toContain(
        'but neither the Ingress nor the Service has `alb.ingress.kubernetes.io/backend-protocol-version: GRPC`',
      );
      const fixed = applyFix(text, finding);
      expect(annotation(fixed, 0, 'alb.ingress.kubernetes.io/backend-protocol-version')).toBe(
        'GRPC',
      );
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });

    it('lets the Service annotation override the Ingress one', () => {
      const text = chain({
        className: 'alb',
        ingressAnnotations: ['alb.ingress.kubernetes.io/backend-protocol-version: GRPC'],
        serviceAnnotations: ['alb.ingress.kubernetes.io/backend-protocol-version: HTTP1'],
      });
      const [finding] = findingsOf('grpc-backend-protocol-missing', text);
      expect(finding).toMatchObject({
        doc: 1,
        path: ['metadata', 'annotations', 'alb.ingress.kubernetes.io/backend-protocol-version'],
      });
      const fixed = applyFix(text, finding);
      expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
    });
  });

  it('says nothing for a class kubewire does not know', () => {
    expect(findingsOf('grpc-backend-protocol-missing', chain({ className: 'haproxy' }))).toEqual(
      [],
    );
  });

  it('does not throw on a half-written Ingress', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\nspec:\n  ingressClassName: nginx\n' +
      '  rules:\n    - http:\n        paths:\n          - backend:\n';
    expect(findingsOf('grpc-backend-protocol-missing', text)).toEqual([]);
  });
});
