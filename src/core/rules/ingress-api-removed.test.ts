import { describe, expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { EXAMPLE_MANIFEST } from '../model/example';
import { readIngress, type IngressBackend } from '../model/kinds';
import { applyEdits } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import { applyFix, findingsOf } from './testing';

const V1BETA1 = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: grpc
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC" # nginx speaks h2c to the pod
spec:
  tls:
  - hosts: [grpc.example.com]
    secretName: grpc-tls
  rules:
  - host: grpc.example.com
    http:
      paths:
      # by port number
      - path: /numbered
        backend:
          serviceName: server
          servicePort: 80
      # by port name, with its own pathType
      - path: /named
        pathType: Prefix
        backend:
          serviceName: server
          servicePort: grpc
      # a quoted number is still a number
      - path: /quoted
        backend:
          serviceName: server
          servicePort: "8080"
`;

const backend = (
  serviceName: string,
  port: { name: string } | { number: number },
): IngressBackend => ({
  serviceName,
  portName: 'name' in port ? port.name : undefined,
  portNumber: 'number' in port ? port.number : undefined,
});

/** What a v1 Ingress must not have after the upgrade: all are errors the API server reports. */
function expectValidV1(text: string): void {
  expect(parseManifest(text).syntaxErrors).toEqual([]);
  expect(findingsOf('ingress-api-removed', text)).toEqual([]);
  expect(findingsOf('schema', text)).toEqual([]);
  expect(findingsOf('ingress-backend-invalid', text)).toEqual([]);
  expect(findingsOf('ingress-path-invalid', text)).toEqual([]);
}

function ingressOf(text: string, doc = 0) {
  return readIngress(parseManifest(text).documents[doc]?.object);
}

describe('ingress-api-removed', () => {
  it('passes the built-in example and any networking.k8s.io/v1 Ingress', () => {
    expect(findingsOf('ingress-api-removed', EXAMPLE_MANIFEST)).toEqual([]);
    const v1 = applyFix(V1BETA1, findingsOf('ingress-api-removed', V1BETA1)[0]);
    expect(v1.startsWith('apiVersion: networking.k8s.io/v1\n')).toBe(true);
    expect(findingsOf('ingress-api-removed', v1)).toEqual([]);
  });

  it('names the removed apiVersion, what replaced it and what the fix changes', () => {
    const [finding, ...rest] = findingsOf('ingress-api-removed', V1BETA1);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      doc: 0,
      path: ['apiVersion'],
      kind: 'Ingress',
      name: 'grpc',
      range: { start: { line: 1, column: 13 } },
      message:
        'Ingress `grpc` uses `apiVersion: networking.k8s.io/v1beta1`, deprecated in Kubernetes 1.19 and ' +
        'removed in 1.22: the API server answers `no matches for kind "Ingress" in version ' +
        '"networking.k8s.io/v1beta1"` and creates nothing. It was replaced by `networking.k8s.io/v1`. ' +
        'The quick fix upgrades it in place: the apiVersion; 3 backends from `serviceName`/`servicePort` to ' +
        '`service: {name, port: {number}}` (or `port: {name}` for a named port); ' +
        '`pathType: ImplementationSpecific` on 2 paths without one (the v1beta1 default, so the routing ' +
        'stays the same). Everything else stays as written.',
    });
    expect(finding?.fix?.title).toBe('Upgrade this Ingress to networking.k8s.io/v1');
  });

  it('says when extensions/v1beta1 was deprecated', () => {
    const text = V1BETA1.replace('networking.k8s.io/v1beta1', 'extensions/v1beta1');
    const [finding] = findingsOf('ingress-api-removed', text);
    expect(finding?.message).toContain(
      'uses `apiVersion: extensions/v1beta1`, deprecated in Kubernetes 1.14 and removed in 1.22',
    );
    expectValidV1(applyFix(text, finding));
  });

  it('turns servicePort numbers, names and quoted numbers into port.number or port.name', () => {
    const fixed = applyFix(V1BETA1, findingsOf('ingress-api-removed', V1BETA1)[0]);
    expectValidV1(fixed);
    expect(ingressOf(fixed).rules[0]?.paths).toEqual([
      {
        path: '/numbered',
        pathType: 'ImplementationSpecific',
        backend: backend('server', { number: 80 }),
      },
      { path: '/named', pathType: 'Prefix', backend: backend('server', { name: 'grpc' }) },
      {
        path: '/quoted',
        pathType: 'ImplementationSpecific',
        backend: backend('server', { number: 8080 }),
      },
    ]);
    // The text around the backends is untouched: comments, annotations, flow-style tls.
    expect(fixed).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: grpc
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC" # nginx speaks h2c to the pod
spec:
  tls:
  - hosts: [grpc.example.com]
    secretName: grpc-tls
  rules:
  - host: grpc.example.com
    http:
      paths:
      # by port number
      - path: /numbered
        pathType: ImplementationSpecific
        backend:
          service:
            name: server
            port:
              number: 80
      # by port name, with its own pathType
      - path: /named
        pathType: Prefix
        backend:
          service:
            name: server
            port:
              name: grpc
      # a quoted number is still a number
      - path: /quoted
        pathType: ImplementationSpecific
        backend:
          service:
            name: server
            port:
              number: 8080
`);
  });

  it('renames spec.backend to spec.defaultBackend', () => {
    const text = `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: fallback
spec:
  backend: # everything goes to the gRPC server
    serviceName: server
    servicePort: grpc
`;
    const [finding] = findingsOf('ingress-api-removed', text);
    expect(finding?.message).toContain('; `spec.backend` to `spec.defaultBackend`.');
    expect(finding?.message).not.toContain('pathType');
    const fixed = applyFix(text, finding);
    expectValidV1(fixed);
    expect(fixed).toBe(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: fallback
spec:
  defaultBackend: # everything goes to the gRPC server
    service:
      name: server
      port:
        name: grpc
`);
    expect(ingressOf(fixed).defaultBackend).toEqual(backend('server', { name: 'grpc' }));
  });

  it('upgrades only the beta Ingress of a multi-document manifest', () => {
    const service = `apiVersion: v1
kind: Service
metadata:
  name: server
spec:
  ports:
  - name: grpc
    port: 80
`;
    const text = `${service}---\n${V1BETA1}`;
    const [finding] = findingsOf('ingress-api-removed', text);
    expect(finding).toMatchObject({ doc: 1, range: { start: { line: 10, column: 13 } } });
    const fixed = applyFix(text, finding);
    expect(fixed.startsWith(`${service}---\napiVersion: networking.k8s.io/v1\n`)).toBe(true);
    expectValidV1(fixed);
  });

  it('offers the fix for an Ingress with nothing else to rewrite', () => {
    const text = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: bare
spec:
  rules:
  - host: a.example.com
`;
    const [finding] = findingsOf('ingress-api-removed', text);
    expect(finding?.message).toContain('The quick fix upgrades it in place: the apiVersion. ');
    expect(applyFix(text, finding)).toBe(text.replace('v1beta1', 'v1'));
  });

  it('never throws on a half-written beta Ingress, and its fix edits what it can', () => {
    const head = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: odd\n';
    const bodies = [
      '',
      'spec: 3\n',
      'spec:\n  rules: yes\n',
      'spec:\n  rules:\n  - 7\n  - http: [a]\n  - http:\n      paths: {}\n',
      'spec:\n  rules:\n  - http:\n      paths:\n      - oops\n      - backend: server\n',
      'spec:\n  rules:\n  - http:\n      paths:\n      - backend:\n          serviceName: [a]\n          servicePort: {x: 1}\n',
      'spec:\n  rules:\n  - http:\n      paths:\n      - backend:\n          servicePort: 80\n        pathType:\n',
      'spec:\n  backend: server\n',
      'spec:\n  backend:\n  defaultBackend:\n    serviceName: a\n',
      'spec:\n  backend:\n    serviceName: a\n    servicePort: 1.5\n    resource: {kind: X}\n',
    ];
    for (const body of bodies) {
      const text = head + body;
      const findings = findingsOf('ingress-api-removed', text);
      expect(findings, body).toHaveLength(1);
      const result = applyEdits(text, findings[0]?.fix?.commands ?? []);
      expect(result.ok, body).toBe(true);
      if (!result.ok) continue;
      expect(parseManifest(result.text).syntaxErrors, body).toEqual([]);
      expect(findingsOf('ingress-api-removed', result.text), body).toEqual([]);
    }
  });

  it('ignores other kinds in the removed API groups', () => {
    const text = `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: old
spec:
  template:
    metadata:
      labels: {app: old}
    spec:
      containers:
      - name: app
        image: busybox:1.36
`;
    expect(findingsOf('ingress-api-removed', text)).toEqual([]);
  });
});

// ---------------------------------------------------------------- the real corpus

/** A line that the upgrade rewrites: the apiVersion, the beta backend fields, `spec.backend`. */
const REWRITTEN = /^(apiVersion: .*|\s+service(Name|Port): .*| {2}backend:)$/;

/**
 * The lines of `after` that are not `before`'s untouched lines: checks that every line of
 * `before` that the upgrade has no reason to touch is still there, byte for byte and in order.
 */
function addedLines(before: string, after: string): string[] {
  const kept = before.split('\n').filter((line) => !REWRITTEN.test(line));
  const added: string[] = [];
  let next = 0;
  for (const line of after.split('\n')) {
    if (next < kept.length && line === kept[next]) next++;
    else added.push(line);
  }
  expect(kept.slice(next), 'untouched lines missing from the upgraded text').toEqual([]);
  return added;
}

interface CorpusCase {
  file: string;
  added: string[];
  rules: IngressBackend[][];
  defaultBackend?: IngressBackend;
}

const CORPUS_CASES: readonly CorpusCase[] = [
  {
    // networking.k8s.io/v1beta1, servicePort by name, a path entry with no `path`.
    file: 'ingress-nginx__docs__examples__grpc__ingress__at-c9f4ed9.yaml',
    added: [
      'apiVersion: networking.k8s.io/v1',
      '          service:',
      '            name: fortune-teller-service',
      '            port:',
      '              name: grpc',
      '        pathType: ImplementationSpecific',
    ],
    rules: [[backend('fortune-teller-service', { name: 'grpc' })]],
  },
  {
    // The ALB action pseudo-backend `ssl-redirect`/`use-annotation` and wildcard paths.
    file: 'aws-lbc__docs__examples__grpc__grpcserver-ingress__at-d031210-v1beta1.yaml',
    added: [
      'apiVersion: networking.k8s.io/v1',
      '          service:',
      '            name: ssl-redirect',
      '            port:',
      '              name: use-annotation',
      '        pathType: ImplementationSpecific',
      '          service:',
      '            name: grpcserver',
      '            port:',
      '              number: 50051',
      '        pathType: ImplementationSpecific',
    ],
    rules: [
      [
        backend('ssl-redirect', { name: 'use-annotation' }),
        backend('grpcserver', { number: 50051 }),
      ],
    ],
  },
  {
    // Only `spec.backend`, no rules; an annotation line with trailing spaces.
    file: 'gcegrpc__gke_ingress_lb__fe-ingress__at-1c8de58-v1beta1-defaultbackend.yaml',
    added: [
      'apiVersion: networking.k8s.io/v1',
      '  defaultBackend:',
      '    service:',
      '      name: fe-srv-ingress',
      '      port:',
      '        number: 50051',
    ],
    rules: [],
    defaultBackend: backend('fe-srv-ingress', { number: 50051 }),
  },
];

describeCorpus('ingress-api-removed over the real corpus', () => {
  const files = corpusFiles();

  it('finds the removed API in exactly the beta Ingresses of the corpus', () => {
    const found = files
      .filter((file) => findingsOf('ingress-api-removed', file.text).length > 0)
      .map((file) => file.name);
    expect(found).toEqual([
      'aws-lbc__docs__examples__grpc__grpcserver-ingress__at-d031210-v1beta1.yaml',
      // extensions/v1beta1, servicePort 80, and a configuration-snippet block scalar.
      'emojivoto__training__traffic-split__nginx-ing.yml',
      'gcegrpc__gke_ingress_lb__fe-ingress__at-1c8de58-v1beta1-defaultbackend.yaml',
      'ingress-nginx__docs__examples__grpc__ingress__at-c9f4ed9.yaml',
    ]);
  });

  it.each(CORPUS_CASES.map((entry) => [entry.file, entry] as const))(
    '%s: one finding, and its fix gives a valid v1 Ingress with the same backends',
    (name, entry) => {
      const file = files.find((candidate) => candidate.name === name);
      if (!file) throw new Error(`${name} is missing from the corpus`);
      const [finding, ...rest] = findingsOf('ingress-api-removed', file.text);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ severity: 'error', path: ['apiVersion'] });
      expect(finding?.message).toContain('`apiVersion: networking.k8s.io/v1beta1`');
      const fixed = applyFix(file.text, finding);
      expectValidV1(fixed);
      expect(addedLines(file.text, fixed)).toEqual(entry.added);
      const ingress = ingressOf(fixed);
      expect(ingress.rules.map((rule) => rule.paths.map((path) => path.backend))).toEqual(
        entry.rules,
      );
      expect(ingress.defaultBackend).toEqual(entry.defaultBackend);
    },
  );

  it('keeps every comment of the ingress-nginx example', () => {
    const file = files.find((candidate) => candidate.name === CORPUS_CASES[0]?.file);
    if (!file) throw new Error('the ingress-nginx v1beta1 example is missing from the corpus');
    const comments = (text: string) => text.split('\n').filter((line) => line.includes('#'));
    const fixed = applyFix(file.text, findingsOf('ingress-api-removed', file.text)[0]);
    expect(comments(file.text)).toHaveLength(3);
    expect(comments(fixed)).toEqual(comments(file.text));
  });
});
