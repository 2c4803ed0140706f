import { describe, expect, it } from 'vitest';
import { matchingWorkloads } from './pod-selection';
import { isSubset } from './selectors';
import type { Workload } from './workloads';

function workload(label: string, labels: Record<string, string>): Workload {
  return { label, labels } as Workload;
}

const candidates = [
  workload('a', { app: 'server', tier: 'backend' }),
  workload('b', { app: 'server' }),
  workload('c', { app: 'web', tier: 'backend' }),
  workload('d', { 'x=y': 'z' }),
  workload('e', { x: 'y=z' }),
  workload('f', { app: 'server', tier: 'backend', extra: 'yes' }),
];

describe('matchingWorkloads', () => {
  it('gives the workloads carrying every pair, in their order, as testing each one would', () => {
    const selectors: Record<string, string>[] = [
      { app: 'server' },
      { app: 'server', tier: 'backend' },
      { tier: 'backend' },
      { app: 'none' },
      { 'x=y': 'z' },
      { x: 'y=z' },
      {},
    ];
    for (const selector of selectors)
      expect(
        matchingWorkloads(selector, candidates).map((w) => w.label),
        JSON.stringify(selector),
      ).toEqual(candidates.filter((w) => isSubset(selector, w.labels)).map((w) => w.label));
    expect(
      matchingWorkloads({ app: 'server', tier: 'backend' }, candidates).map((w) => w.label),
    ).toEqual(['a', 'f']);
    expect(matchingWorkloads({ x: 'y=z' }, candidates).map((w) => w.label)).toEqual(['e']);
  });
});
