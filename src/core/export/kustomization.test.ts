import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kustomization } from './kustomization';

describe('kustomization', () => {
  it('lists every file, in order, under resources', () => {
    const text = kustomization(['ingress.yaml', 'server.yaml']);
    expect(text).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\n' +
        'kind: Kustomization\n' +
        'resources:\n' +
        '  - ingress.yaml\n' +
        '  - server.yaml\n',
    );
    expect(parse(text)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['ingress.yaml', 'server.yaml'],
    });
  });

  it('writes an empty list when there is nothing to apply', () => {
    expect(parse(kustomization([]))).toMatchObject({ resources: [] });
  });

  it('quotes a name that is not a plain file name', () => {
    const names = ['a: b.yaml', '#x.yaml', '- y.yaml'];
    expect(parse(kustomization(names))).toMatchObject({ resources: names });
  });
});
