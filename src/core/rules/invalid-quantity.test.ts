import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverDeployment } from './deployment-fixture';
import { applyFix, findingsOf } from './testing';

function deployment(resources: string): string {
  return serverDeployment(`          resources:\n${resources}`);
}

const MEMORY_PATH = ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory'];

describe('invalid-quantity', () => {
  it('reports `100mi` with the reason and fixes it to 100Mi', () => {
    const text = deployment('            limits:\n              memory: 100mi\n');
    const [diagnostic, ...rest] = findingsOf('invalid-quantity', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: MEMORY_PATH,
      message:
        '`limits.memory: 100mi` of container `server` is not a Kubernetes quantity: unknown suffix ' +
        '`mi`: memory uses Mi (mebibytes); `m` means thousandths. The API server rejects the object. ' +
        'Did you mean `100Mi`?',
      range: { start: { line: 19, column: 23 } },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('100mi', '100Mi'));
    expect(findingsOf('invalid-quantity', fixed)).toEqual([]);
  });

  it('fixes 2GB to 2G and 1K to 1k', () => {
    const text = deployment(
      '            requests:\n              memory: 2GB\n              ephemeral-storage: 1K\n',
    );
    const diagnostics = findingsOf('invalid-quantity', text);
    expect(diagnostics.map((diagnostic) => diagnostic.fix?.title)).toEqual([
      'Change memory to 2G',
      'Change ephemeral-storage to 1k',
    ]);
    expect(diagnostics[0]?.message).toContain('use G or Gi, without the B');
    let fixed = applyFix(text, diagnostics[0]);
    fixed = applyFix(fixed, findingsOf('invalid-quantity', fixed)[0]);
    expect(fixed).toContain('memory: 2G\n');
    expect(fixed).toContain('ephemeral-storage: 1k\n');
    expect(findingsOf('invalid-quantity', fixed)).toEqual([]);
  });

  it('reports a value with no obvious fix without a quick fix', () => {
    const [diagnostic] = findingsOf(
      'invalid-quantity',
      deployment('            limits:\n              cpu: lots\n'),
    );
    expect(diagnostic?.message).toContain('it does not start with a number');
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('reports a negative quantity', () => {
    const [diagnostic] = findingsOf(
      'invalid-quantity',
      deployment('            requests:\n              cpu: -1\n'),
    );
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu'],
    });
    expect(diagnostic?.message).toContain('it is negative');
  });

  it('checks init containers and other workloads (a CronJob)', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: job
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
            - name: init
              resources:
                limits:
                  memory: 1gi
`;
    const [diagnostic] = findingsOf('invalid-quantity', text);
    expect(diagnostic).toMatchObject({
      path: [
        'spec',
        'jobTemplate',
        'spec',
        'template',
        'spec',
        'initContainers',
        0,
        'resources',
        'limits',
        'memory',
      ],
      fix: { title: 'Change memory to 1Gi' },
    });
    expect(diagnostic?.message).toContain('init container `init`');
  });

  it('accepts valid quantities, numbers and the built-in example', () => {
    const text = deployment(
      '            requests:\n              cpu: 0.5\n              memory: 1e3\n            limits:\n              cpu: 1\n              memory: 1.5Gi\n              nvidia.com/gpu: 1\n',
    );
    expect(findingsOf('invalid-quantity', text)).toEqual([]);
    expect(findingsOf('invalid-quantity', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('leaves wrong types to `schema` and does not throw on half-written resources', () => {
    for (const resources of [
      '            limits:\n              memory:\n',
      '            limits: [1, 2]\n',
      '            limits:\n              memory: {a: 1}\n',
      '            requests: 3\n',
    ]) {
      expect(findingsOf('invalid-quantity', deployment(resources))).toEqual([]);
    }
  });

  it('ignores custom resources that happen to be called Deployment', () => {
    const text = deployment('            limits:\n              memory: 100mi\n').replace(
      'apps/v1',
      'example.com/v1',
    );
    expect(findingsOf('invalid-quantity', text)).toEqual([]);
  });
});
