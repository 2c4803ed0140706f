import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { findingsOf } from './testing';

/** The example's Deployment again, as `server-canary`, with the same `app: server` pods. */
const canary = EXAMPLE_MANIFEST.slice(EXAMPLE_MANIFEST.indexOf('apiVersion: apps/v1')).replace(
  'metadata:\n  name: server\n',
  'metadata:\n  name: server-canary\n',
);

describe('service-selector-ambiguous', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('service-selector-ambiguous', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('warns when the selector matches the pods of two workloads', () => {
    const text = `${EXAMPLE_MANIFEST}---\n${canary}`;
    const [diagnostic, ...rest] = findingsOf('service-selector-ambiguous', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message:
        "Service server's selector app=server matches the pods of 2 workloads (Deployment server, Deployment server-canary), so its traffic is spread over all of them. If that is not on purpose, add a label that only one of them has.",
      doc: 1,
      path: ['spec', 'selector'],
    });
    // Which workload was meant is not obvious, so there is no quick fix.
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('passes once the selector tells the two apart', () => {
    const text = `${EXAMPLE_MANIFEST}---\n${canary.replace(/app: server/g, 'app: server-canary')}`;
    expect(findingsOf('service-selector-ambiguous', text)).toEqual([]);
  });
});
