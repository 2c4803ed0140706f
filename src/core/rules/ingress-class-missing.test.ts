import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const NO_CLASS = EXAMPLE_MANIFEST.replace('  ingressClassName: nginx\n', '');

describe('ingress-class-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('ingress-class-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('warns about an Ingress with no class, and guesses it from its nginx annotations', () => {
    const [finding, ...rest] = findingsOf('ingress-class-missing', NO_CLASS);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      doc: 0,
      path: ['spec'],
      message:
        'Ingress `ingress` does not say which ingress controller serves it: it has no `spec.ingressClassName` and ' +
        'no `kubernetes.io/ingress.class` annotation. It is then served only if the cluster has a default ' +
        'IngressClass; otherwise no controller picks it up and no request reaches your Service. Its annotations ' +
        'are for nginx, so `ingressClassName: nginx` is probably what you want. On Okteto the cluster’s default ' +
        'class (nginx) serves it, so set `ingressClassName: nginx` or choose the Okteto profile.',
    });
    const fixed = applyFix(NO_CLASS, finding);
    expect(fixed).toBe(EXAMPLE_MANIFEST);
    expect(findingsOf('ingress-class-missing', fixed)).toEqual([]);
  });

  it('offers no fix when the annotations do not give the controller away', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n' +
      '  defaultBackend:\n    service:\n      name: server\n      port:\n        number: 80\n';
    const [finding] = findingsOf('ingress-class-missing', text);
    expect(finding?.message).toContain(
      'Set `spec.ingressClassName` to your controller’s class (for example nginx, traefik, gce or alb)',
    );
    expect(finding?.fix).toBeUndefined();
  });

  it('is satisfied by the class annotation or by a chosen profile', () => {
    const annotated = NO_CLASS.replace(
      '  annotations:\n',
      '  annotations:\n    kubernetes.io/ingress.class: nginx\n',
    );
    expect(findingsOf('ingress-class-missing', annotated)).toEqual([]);
    expect(findingsOf('ingress-class-missing', NO_CLASS, { profile: 'nginx' })).toEqual([]);
  });
});
