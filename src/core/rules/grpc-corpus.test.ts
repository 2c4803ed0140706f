/**
 * The gRPC rules over the real-world corpus (../shared/corpus/real, see its PROVENANCE.md).
 * Files that belong together (an Ingress, its Service, its Deployment) are checked as one
 * manifest, the way `kubewire check k8s/*.yaml` reads them.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { corpusFiles, describeCorpus, type CorpusFile } from '../../testing/corpus';
import { PROFILE_IDS } from '../profiles/types';
import { parseManifest } from '../yaml/parse';
import { GRPC_RULES } from './catalogue/grpc';
import { buildContext } from './context';
import { applyFix, findingsOf } from './testing';
import type { RuleId } from './types';

function joined(files: readonly CorpusFile[], names: readonly string[]): string {
  return names
    .map((name) => {
      const file = files.find((candidate) => candidate.name === name);
      if (!file) throw new Error(`corpus file missing: ${name}`);
      return file.text;
    })
    .join('\n---\n');
}

/** Rule id, severity and document of every gRPC-rule finding, rule by rule in catalogue order. */
function summary(text: string): [RuleId, string, number][] {
  const ids = new Set<RuleId>(GRPC_RULES.map((rule) => rule.id));
  return [...ids].flatMap((id) =>
    findingsOf(id, text).map((finding): [RuleId, string, number] => [
      id,
      finding.severity,
      finding.doc,
    ]),
  );
}

describeCorpus('the gRPC rules over the corpus', () => {
  const files = corpusFiles();
  const text = (...names: string[]) => joined(files, names);

  it('never throw, on any file and under any profile', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      for (const profile of [undefined, ...PROFILE_IDS]) {
        const context = buildContext(parseManifest(file.text), profile ? { profile } : {});
        for (const rule of GRPC_RULES) {
          expect(() => rule.check(context), `${rule.id} on ${file.name}`).not.toThrow();
        }
      }
    }
  });

  it('pass the ingress-nginx gRPC example (backend-protocol GRPC, TLS)', () => {
    const manifest = text(
      'ingress-nginx__docs__examples__grpc__README__extracted-ingress.yaml',
      'ingress-nginx__docs__examples__grpc__README__extracted-service.yaml',
      'ingress-nginx__docs__examples__grpc__README__extracted-deployment.yaml',
    );
    expect(summary(manifest)).toEqual([
      ['ingress-nginx-retired', 'info', 0],
      ['readiness-probe-missing', 'info', 2],
    ]);
  });

  it('find the deprecated class annotation, the mutable image and the envsubst variable of pr12er on Okteto', () => {
    const manifest = text(
      'pr12er__k8s__kkweon-okteto__ingress.yaml',
      'pr12er__k8s__kkweon-okteto__server.yaml',
    );
    expect(summary(manifest)).toEqual([
      ['ingress-class-annotation-deprecated', 'info', 0],
      ['ingress-nginx-retired', 'info', 0],
      ['image-tag-mutable', 'warning', 2],
      ['image-unexpanded-variable', 'info', 2],
    ]);
    const [deprecated] = findingsOf('ingress-class-annotation-deprecated', manifest);
    const fixed = applyFix(manifest, deprecated);
    expect(fixed).toContain('spec:\n  ingressClassName: nginx\n');
    expect(findingsOf('ingress-class-annotation-deprecated', fixed)).toEqual([]);
    // Still ingress-nginx on Okteto after the move: nothing else changes.
    expect(findingsOf('grpc-tls-missing', fixed)).toEqual([]);
    expect(findingsOf('grpc-backend-protocol-missing', fixed)).toEqual([]);
  });

  it('find the missing h2c of pr12er’s first Traefik Ingress, which a later commit added', () => {
    const first = text(
      'pr12er__k8s__ingress__at-4487d83.yaml',
      'pr12er__k8s__server__at-4487d83.yaml',
    );
    const [finding, ...rest] = findingsOf('grpc-backend-protocol-missing', first);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', doc: 1, path: ['metadata'] });
    expect(finding?.message).toContain(
      'Service `server` does not have `traefik.ingress.kubernetes.io/service.serversscheme: h2c`',
    );
    expect(findingsOf('grpc-backend-protocol-missing', applyFix(first, finding))).toEqual([]);
    const later = text(
      'pr12er__k8s__kkweon-raspberry__ingress.yaml',
      'pr12er__k8s__kkweon-raspberry__server.yaml',
    );
    expect(findingsOf('grpc-backend-protocol-missing', later)).toEqual([]);
  });

  it('pass the AWS and GKE gRPC examples, including the legacy GKE annotation key', () => {
    const alb = text(
      'aws-lbc__docs__examples__grpc__grpcserver-ingress.yaml',
      'aws-lbc__docs__examples__grpc__grpcserver-service.yaml',
      'aws-lbc__docs__examples__grpc__grpcserver-deployment.yaml',
    );
    expect(findingsOf('grpc-backend-protocol-missing', alb)).toEqual([]);
    for (const service of [
      'gcegrpc__gke_ingress_lb__fe-srv-ingress.yaml',
      'gcegrpc__gke_ingress_lb__fe-srv-ingress__at-1c8de58-alpha-app-protocols.yaml',
    ]) {
      const gke = text(
        'gcegrpc__gke_ingress_lb__fe-ingress.yaml',
        service,
        'gcegrpc__gke_ingress_lb__fe-deployment.yaml',
      );
      expect(findingsOf('grpc-backend-protocol-missing', gke), service).toEqual([]);
      // The Service's app-protocols is the only sign of gRPC: without it, nothing can be said.
      const withoutIt = gke.replace(
        /^ +(cloud\.google\.com|service\.alpha\.kubernetes\.io)\/app-protocols: .*\n/m,
        '',
      );
      expect(withoutIt).not.toBe(gke);
      expect(findingsOf('grpc-backend-protocol-missing', withoutIt)).toEqual([]);
    }
  });

  it('remove the class annotation that gcegrpc sets next to the same ingressClassName', () => {
    const ingress = text('gcegrpc__gke_ingress_lb__fe-ingress.yaml');
    const [finding] = findingsOf('ingress-class-annotation-deprecated', ingress);
    expect(finding?.message).toContain('sets both `spec.ingressClassName: gce`');
    const fixed = applyFix(ingress, finding);
    expect(fixed).not.toContain('kubernetes.io/ingress.class');
    expect(fixed).toContain('kubernetes.io/ingress.allow-http: "false"');
  });

  it('ask the GKE example only for readiness probes and resources, not for the health sidecar’s probe', () => {
    const gke = text(
      'gcegrpc__gke_ingress_lb__fe-ingress.yaml',
      'gcegrpc__gke_ingress_lb__fe-srv-ingress.yaml',
      'gcegrpc__gke_ingress_lb__fe-deployment.yaml',
    );
    expect(findingsOf('readiness-probe-missing', gke).map((finding) => finding.path)).toEqual([
      ['spec', 'template', 'spec', 'containers', 1, 'name'],
    ]);
    expect(findingsOf('resources-missing', gke)).toHaveLength(2);
  });
});

describe('the gRPC rules on half-written text', () => {
  it('never throw on any prefix of the example, under any profile', () => {
    const contexts = [];
    for (let end = 0; end <= EXAMPLE_MANIFEST.length; end += 7) {
      const manifest = parseManifest(EXAMPLE_MANIFEST.slice(0, end));
      for (const profile of [undefined, ...PROFILE_IDS]) {
        contexts.push(buildContext(manifest, profile ? { profile } : {}));
      }
    }
    expect(contexts.length).toBeGreaterThan(1000);
    for (const context of contexts) {
      for (const rule of GRPC_RULES) expect(() => rule.check(context), rule.id).not.toThrow();
    }
  });

  it('never throw on values of the wrong type', () => {
    const odd = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: [web]
  annotations: [kubernetes.io/ingress.class]
spec:
  ingressClassName: 5
  tls: oops
  rules:
    - null
    - http:
        paths: {a: 1}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  template:
    spec:
      containers:
        - null
        - image: 42
          env: [null, {name: A, value: 7}]
          resources: [1]
`;
    const context = buildContext(parseManifest(odd), { profile: 'okteto-nginx' });
    const findings = GRPC_RULES.flatMap((rule) => rule.check(context).map(() => rule.id));
    // Only what can be said of such objects: nginx from the profile, no host, no resources.
    expect(findings).toEqual([
      'ingress-nginx-retired',
      'okteto-host-missing',
      'resources-missing',
      'resources-missing',
    ]);
  });
});
