import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { findingsOf } from './testing';

function deployment(resources: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  selector:
    matchLabels:
      app: server
  template:
    metadata:
      labels:
        app: server
    spec:
      containers:
        - name: server
          image: acme/server:1.0
${resources}`;
}

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('resources-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('resources-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('tells about a container with no resources at all', () => {
    const [finding, ...rest] = findingsOf('resources-missing', deployment(''));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'info',
      doc: 0,
      path: [...CONTAINER, 'name'],
      message:
        'Container `server` of Deployment `server` has no resource requests or limits. The scheduler then places ' +
        'it as if it needed nothing, so it can land on a full node and be the first to be evicted, and nothing ' +
        'stops it from using all of the node’s memory. Add `resources.requests` with what it needs (for example ' +
        '`cpu: 100m`, `memory: 128Mi`) and a `limits.memory`.',
    });
  });

  it('points at an empty resources block', () => {
    const [finding] = findingsOf('resources-missing', deployment('          resources: {}\n'));
    expect(finding?.path).toEqual([...CONTAINER, 'resources']);
  });

  it('is satisfied by any request or limit', () => {
    const limitsOnly = '          resources:\n            limits:\n              memory: 256Mi\n';
    const storage =
      '          resources:\n            requests:\n              ephemeral-storage: 1Gi\n';
    expect(findingsOf('resources-missing', deployment(limitsOnly))).toEqual([]);
    expect(findingsOf('resources-missing', deployment(storage))).toEqual([]);
  });
});
