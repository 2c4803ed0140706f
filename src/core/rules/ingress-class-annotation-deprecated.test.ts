import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { applyFix, findingsOf } from './testing';

const ANNOTATED = EXAMPLE_MANIFEST.replace('  ingressClassName: nginx\n', '').replace(
  '  annotations:\n',
  '  annotations:\n    kubernetes.io/ingress.class: "nginx"\n',
);

const ONLY_ANNOTATION = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    kubernetes.io/ingress.class: traefik
spec:
  defaultBackend:
    service:
      name: server
      port:
        number: 80
`;

describe('ingress-class-annotation-deprecated', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('ingress-class-annotation-deprecated', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('moves the annotation to spec.ingressClassName in one fix', () => {
    const [finding, ...rest] = findingsOf('ingress-class-annotation-deprecated', ANNOTATED);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'info',
      doc: 0,
      path: ['metadata', 'annotations', 'kubernetes.io/ingress.class'],
      atKey: true,
      message:
        'Ingress `ingress` picks its controller with the annotation `kubernetes.io/ingress.class: nginx`, ' +
        'deprecated since Kubernetes 1.18 in favour of the field `spec.ingressClassName`. Most controllers still ' +
        'read it, but newer ones may not. Move it: `spec.ingressClassName: nginx`.',
    });
    const fixed = applyFix(ANNOTATED, finding);
    expect(fixed).toContain('  ingressClassName: nginx\n');
    expect(fixed).not.toContain('kubernetes.io/ingress.class');
    expect(findingsOf('ingress-class-annotation-deprecated', fixed)).toEqual([]);
  });

  it('removes the whole annotations map when the class was its only entry', () => {
    const [finding] = findingsOf('ingress-class-annotation-deprecated', ONLY_ANNOTATION);
    const fixed = applyFix(ONLY_ANNOTATION, finding);
    const object = parseManifest(fixed).documents[0]?.object;
    expect(object).toMatchObject({
      metadata: { name: 'web' },
      spec: { ingressClassName: 'traefik' },
    });
    expect(fixed).not.toContain('annotations');
  });

  it('removes a redundant annotation that repeats spec.ingressClassName', () => {
    const both = ONLY_ANNOTATION.replace('spec:\n', 'spec:\n  ingressClassName: traefik\n');
    const [finding] = findingsOf('ingress-class-annotation-deprecated', both);
    expect(finding?.message).toContain(
      'the API server refuses to create an Ingress that sets both',
    );
    const fixed = applyFix(both, finding);
    expect(fixed).not.toContain('kubernetes.io/ingress.class');
    expect(findingsOf('ingress-class-annotation-deprecated', fixed)).toEqual([]);
  });

  it('leaves two different classes to the user', () => {
    const conflict = ONLY_ANNOTATION.replace('spec:\n', 'spec:\n  ingressClassName: nginx\n');
    const [finding] = findingsOf('ingress-class-annotation-deprecated', conflict);
    expect(finding?.message).toContain('which names another class');
    expect(finding?.fix).toBeUndefined();
  });
});
