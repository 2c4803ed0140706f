import { describe, expect, it } from 'vitest';
import { readIngress } from '../model/kinds';
import { parseManifest } from '../yaml/parse';
import { annotationPath, ingressController, parseAppProtocols, profileOfClass } from './controller';

/** An Ingress with the given metadata annotations and spec lines (already indented by 2). */
function ingress(annotations: Record<string, string>, spec = ''): ReturnType<typeof readIngress> {
  const lines = Object.entries(annotations).map(([key, value]) => `    ${key}: "${value}"`);
  const text =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n' +
    (lines.length > 0 ? `  annotations:\n${lines.join('\n')}\n` : '') +
    `spec:\n${spec}`;
  return readIngress(parseManifest(text).documents[0]?.object);
}

describe('ingressController', () => {
  it('reads spec.ingressClassName first', () => {
    const web = ingress({ 'kubernetes.io/ingress.class': 'traefik' }, '  ingressClassName: gce\n');
    expect(ingressController(web, { profile: 'alb' })).toEqual({
      profile: 'gke',
      source: 'ingressClassName',
      className: 'gce',
    });
  });

  it('falls back to the class annotation, then to the chosen profile, then to nothing', () => {
    expect(ingressController(ingress({ 'kubernetes.io/ingress.class': 'alb' }), {})).toEqual({
      profile: 'alb',
      source: 'annotation',
      className: 'alb',
    });
    expect(ingressController(ingress({}), { profile: 'traefik' })).toEqual({
      profile: 'traefik',
      source: 'profile',
      className: undefined,
    });
    expect(ingressController(ingress({}), {})).toEqual({
      profile: undefined,
      source: 'none',
      className: undefined,
    });
  });

  it('makes nginx okteto-nginx under the Okteto profile or with generate-host', () => {
    const plain = ingress({}, '  ingressClassName: ingress-nginx\n');
    expect(ingressController(plain, {}).profile).toBe('nginx');
    expect(ingressController(plain, { profile: 'okteto-nginx' }).profile).toBe('okteto-nginx');
    const okteto = ingress(
      { 'dev.okteto.com/generate-host': 'true' },
      '  ingressClassName: nginx\n',
    );
    expect(ingressController(okteto, {}).profile).toBe('okteto-nginx');
    expect(ingressController(okteto, { profile: 'nginx' }).profile).toBe('okteto-nginx');
    // "false" asks Okteto not to generate a host: that says nothing about the platform.
    const off = ingress({ 'dev.okteto.com/generate-host': 'false' }, '  ingressClassName: nginx\n');
    expect(ingressController(off, {}).profile).toBe('nginx');
  });

  it('leaves unknown classes unknown, even when a profile is chosen', () => {
    const haproxy = ingress({}, '  ingressClassName: haproxy\n');
    expect(ingressController(haproxy, { profile: 'nginx' })).toEqual({
      profile: undefined,
      source: 'ingressClassName',
      className: 'haproxy',
    });
  });

  it('maps every known class name', () => {
    expect(
      ['nginx', 'ingress-nginx', 'traefik', 'gce', 'gce-internal', 'alb', 'istio'].map((name) =>
        profileOfClass(name, false),
      ),
    ).toEqual(['nginx', 'nginx', 'traefik', 'gke', 'gke', 'alb', undefined]);
  });

  it('never throws on a half-written Ingress', () => {
    const broken = readIngress({ metadata: 'oops', spec: [1, 2] });
    expect(ingressController(broken, {})).toEqual({
      profile: undefined,
      source: 'none',
      className: undefined,
    });
  });
});

describe('parseAppProtocols', () => {
  it('reads the JSON map and rejects anything else', () => {
    expect(parseAppProtocols('{"grpc":"HTTP2","web":"HTTP"}')).toEqual({
      grpc: 'HTTP2',
      web: 'HTTP',
    });
    expect(parseAppProtocols('{grpc: HTTP2}')).toBeUndefined();
    expect(parseAppProtocols('["HTTP2"]')).toBeUndefined();
    expect(parseAppProtocols(undefined)).toBeUndefined();
  });
});

describe('annotationPath', () => {
  it('points at the annotation, else the map, else metadata', () => {
    expect(annotationPath({ metadata: { annotations: { a: 'x' } } }, 'a')).toEqual([
      'metadata',
      'annotations',
      'a',
    ]);
    expect(annotationPath({ metadata: { annotations: { b: 'x' } } }, 'a')).toEqual([
      'metadata',
      'annotations',
    ]);
    expect(annotationPath({ metadata: { name: 'x' } }, 'a')).toEqual(['metadata']);
  });
});
