import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const BACKEND_NAME = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name'];
const typo = EXAMPLE_MANIFEST.replace(
  '                name: server\n',
  '                name: sever\n',
);

describe('ingress-service-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('ingress-service-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a backend Service that does not exist, with "did you mean"', () => {
    expect(typo).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('ingress-service-missing', typo);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        'Ingress ingress sends / to Service `sever`, but there is no Service by that name in this namespace — did you mean `server`?',
      doc: 0,
      path: BACKEND_NAME,
      kind: 'Ingress',
      fix: { title: 'Use Service `server`' },
    });
  });

  it('fixes the name, giving back the example byte for byte', () => {
    const fixed = applyFix(typo, findingsOf('ingress-service-missing', typo)[0]);
    expect(fixed).toBe(EXAMPLE_MANIFEST);
    expect(findingsOf('ingress-service-missing', fixed)).toEqual([]);
  });

  it('says so when the Service is in another namespace, and offers no rename', () => {
    const text = EXAMPLE_MANIFEST.replace(
      '  name: server\n  labels:',
      '  name: server\n  namespace: api\n  labels:',
    );
    const [diagnostic] = findingsOf('ingress-service-missing', text);
    expect(diagnostic?.message).toBe(
      'Ingress ingress sends / to Service `server`, but there is no Service by that name in this namespace; there is one in namespace `api`, and a reference without a namespace only reaches its own.',
    );
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('checks the default backend too', () => {
    const text = EXAMPLE_MANIFEST.replace(
      'spec:\n  ingressClassName: nginx\n',
      'spec:\n  ingressClassName: nginx\n  defaultBackend:\n    service:\n      name: fallback\n      port:\n        number: 80\n',
    );
    const [diagnostic] = findingsOf('ingress-service-missing', text);
    expect(diagnostic).toMatchObject({
      path: ['spec', 'defaultBackend', 'service', 'name'],
      message:
        'Ingress ingress sends every request no rule matches to Service `fallback`, but there is no Service by that name in this namespace.',
    });
  });
});
