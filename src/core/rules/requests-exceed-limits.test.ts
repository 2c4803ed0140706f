import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverDeployment } from './deployment-fixture';
import { applyFix, findingsOf } from './testing';

function deployment(resources: string): string {
  return serverDeployment(`          resources:\n${resources}`);
}

describe('requests-exceed-limits', () => {
  it('reports a cpu request above its limit and lowers it to the limit', () => {
    const text = deployment(
      '            requests:\n              cpu: 1500m\n            limits:\n              cpu: 1\n',
    );
    const [diagnostic, ...rest] = findingsOf('requests-exceed-limits', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu'],
      message:
        'The container `server` requests cpu `1500m`, more than its cpu limit `1`. A container cannot be ' +
        'promised more than it may ever use, so the API server rejects it ("must be less than or equal ' +
        'to cpu limit"). Lower the request or raise the limit.',
      fix: { title: 'Lower the cpu request to the limit (1)' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('cpu: 1500m', 'cpu: 1'));
    expect(findingsOf('requests-exceed-limits', fixed)).toEqual([]);
  });

  it('compares across units exactly (1Gi is more than 1000Mi, 1G is less than 1Gi)', () => {
    const over = deployment(
      '            requests:\n              memory: 1Gi\n            limits:\n              memory: 1000Mi\n',
    );
    expect(findingsOf('requests-exceed-limits', over)).toHaveLength(1);
    const under = deployment(
      '            requests:\n              memory: 1G\n            limits:\n              memory: 1Gi\n',
    );
    expect(findingsOf('requests-exceed-limits', under)).toEqual([]);
    const equal = deployment(
      '            requests:\n              cpu: 0.3\n            limits:\n              cpu: 300m\n',
    );
    expect(findingsOf('requests-exceed-limits', equal)).toEqual([]);
  });

  it('reports each resource on its own', () => {
    const text = deployment(
      '            requests:\n              cpu: 2\n              memory: 2Gi\n            limits:\n              cpu: 1\n              memory: 1Gi\n',
    );
    expect(findingsOf('requests-exceed-limits', text).map((d) => d.path.at(-1))).toEqual([
      'cpu',
      'memory',
    ]);
  });

  it('says nothing without a limit, with an invalid quantity, or for the built-in example', () => {
    expect(
      findingsOf(
        'requests-exceed-limits',
        deployment('            requests:\n              cpu: 2\n'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'requests-exceed-limits',
        deployment(
          '            requests:\n              memory: 2GB\n            limits:\n              memory: 1Gi\n',
        ),
      ),
    ).toEqual([]);
    expect(findingsOf('requests-exceed-limits', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
