import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverDeployment } from './deployment-fixture';
import { applyFix, findingsOf } from './testing';

function deployment(resources: string): string {
  return serverDeployment(`          resources:\n${resources}`);
}

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0, 'resources'];

describe('memory-milli-units', () => {
  it('warns about a memory request in millibytes and fixes it to Mi', () => {
    const text = deployment(
      '            requests:\n              cpu: 10m\n              memory: 10m\n',
    );
    const [diagnostic, ...rest] = findingsOf('memory-milli-units', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      path: [...CONTAINER, 'requests', 'memory'],
      message:
        '`requests.memory: 10m` of container `server` means 10 thousandths of a byte (0.01 bytes), not ' +
        '10 megabytes: `m` is milli. A request that small reserves no memory, so the scheduler may put ' +
        'the pod on a full node. Write `10Mi` (mebibytes).',
      fix: { title: 'Change memory to 10Mi' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('memory: 10m', 'memory: 10Mi'));
    expect(findingsOf('memory-milli-units', fixed)).toEqual([]);
  });

  it('is an error on a limit, where the container cannot start', () => {
    const [diagnostic] = findingsOf(
      'memory-milli-units',
      deployment('            limits:\n              memory: 512m\n'),
    );
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...CONTAINER, 'limits', 'memory'],
      fix: { title: 'Change memory to 512Mi' },
    });
    expect(diagnostic?.message).toContain('the container cannot start');
  });

  it('leaves cpu in millicores, other memory units and the built-in example alone', () => {
    const text = deployment(
      '            requests:\n              cpu: 100m\n              memory: 10Mi\n            limits:\n              memory: 1G\n',
    );
    expect(findingsOf('memory-milli-units', text)).toEqual([]);
    expect(findingsOf('memory-milli-units', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
