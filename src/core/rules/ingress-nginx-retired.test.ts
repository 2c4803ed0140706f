import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { detectProfile } from '../profiles/detect';
import { SPLIT_BY_SERVICE } from '../profiles/switch-fixtures';
import { parseManifest } from '../yaml/parse';
import { checkManifest } from './run';
import { applyFix, findingsOf } from './testing';

const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service:
      name: server
      port:
        number: 80
`;

describe('ingress-nginx-retired', () => {
  it('tells the built-in example (info only) and points at its class', () => {
    const [finding, ...rest] = findingsOf('ingress-nginx-retired', EXAMPLE_MANIFEST);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'info',
      doc: 0,
      path: ['spec', 'ingressClassName'],
    });
    expect(finding?.message).toMatch(
      /^Ingress `ingress` is served by ingress-nginx \(from ingressClassName: nginx\)\. ingress-nginx is retired: its best-effort maintenance ended in March 2026/,
    );
    expect(finding?.message).toContain('choose the Gateway API profile');
    expect(finding?.message).toContain('On Okteto the platform runs the controller for you');
  });

  it('reads the class annotation and the chosen profile too', () => {
    const annotated = INGRESS.replace(
      '  name: web\n',
      '  name: web\n  annotations:\n    kubernetes.io/ingress.class: nginx\n',
    );
    expect(findingsOf('ingress-nginx-retired', annotated)[0]?.path).toEqual([
      'metadata',
      'annotations',
      'kubernetes.io/ingress.class',
    ]);
    const [byProfile] = findingsOf('ingress-nginx-retired', INGRESS, { profile: 'nginx' });
    expect(byProfile?.path).toEqual(['metadata', 'name']);
    expect(byProfile?.message).toContain('(from the profile chosen for this project)');
  });

  it('says nothing about other controllers or an unknown one', () => {
    expect(findingsOf('ingress-nginx-retired', INGRESS, { profile: 'traefik' })).toEqual([]);
    expect(findingsOf('ingress-nginx-retired', INGRESS)).toEqual([]);
  });

  it('offers the Gateway API profile as a fix that leaves no error', () => {
    for (const text of [EXAMPLE_MANIFEST, SPLIT_BY_SERVICE]) {
      const [finding] = findingsOf('ingress-nginx-retired', text);
      expect(finding?.fix?.title).toBe('Switch to the Gateway API (GRPCRoute)');
      const fixed = applyFix(text, finding);
      const parsed = parseManifest(fixed);
      expect(detectProfile(parsed)).toBe('gateway-api');
      const errors = checkManifest(parsed, { profile: 'gateway-api' }, true).diagnostics.filter(
        (diagnostic) => diagnostic.severity === 'error',
      );
      expect(errors, fixed).toEqual([]);
      expect(findingsOf('ingress-nginx-retired', fixed)).toEqual([]);
      expect(fixed).toContain('kind: GRPCRoute');
    }
  });

  it('makes its switch from the text it is applied to, and stays one object between checks', () => {
    const [found] = findingsOf('ingress-nginx-retired', EXAMPLE_MANIFEST);
    // The user types on after the check: the fix found before must not undo that.
    const later = EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: 3');
    expect(later).not.toBe(EXAMPLE_MANIFEST);
    const fixed = applyFix(later, found);
    expect(fixed).toContain('replicas: 3');
    expect(fixed).toContain('kind: GRPCRoute');
    const [again] = findingsOf('ingress-nginx-retired', later);
    expect(again?.fix).toBe(found?.fix);
  });

  it('offers no switch while a document has a syntax error: the switch needs all to read', () => {
    const broken = `${EXAMPLE_MANIFEST}---\nkind: ConfigMap\nmetadata: [unclosed\n`;
    expect(parseManifest(broken).syntaxErrors.length).toBeGreaterThan(0);
    const [finding] = findingsOf('ingress-nginx-retired', broken);
    expect(finding?.severity).toBe('info');
    expect(finding?.fix).toBeUndefined();
  });

  it('shares one fix between the Ingresses it is about', () => {
    const two =
      EXAMPLE_MANIFEST +
      '---\n' +
      INGRESS.replace(
        '  name: web\n',
        '  name: web\n  annotations:\n    kubernetes.io/ingress.class: nginx\n',
      );
    const findings = findingsOf('ingress-nginx-retired', two);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.fix).toEqual(findings[1]?.fix);
    expect(parseManifest(applyFix(two, findings[1])).documents.map((doc) => doc.kind)).toEqual([
      'Gateway',
      'GRPCRoute',
      'Service',
      'Deployment',
      'Gateway',
      'GRPCRoute',
    ]);
  });
});
