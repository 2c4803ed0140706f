import { afterEach, describe, expect, it, vi } from 'vitest';
import { measuredPhase, measuredPhaseSync, PHASE_PREFIX } from './phase-timing';

function measuresSince(since: number) {
  return performance
    .getEntriesByType('measure')
    .filter((entry) => entry.startTime >= since && entry.name.startsWith(PHASE_PREFIX));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('measuredPhase', () => {
  it('gives the work’s result and measures it, from its start to its end', async () => {
    const since = performance.now();
    const result = await measuredPhase('check', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 42;
    });
    expect(result).toBe(42);
    const [entry, ...more] = measuresSince(since);
    expect(more).toEqual([]);
    expect(entry?.name).toBe('kubewire:check');
    // Timers may fire a little early; 20 ms waited is well over 15.
    expect(entry?.duration).toBeGreaterThan(15);
  });

  it('measures work that fails, and lets its error through', async () => {
    const since = performance.now();
    await expect(
      measuredPhase('read', () => Promise.reject(new Error('unreadable'))),
    ).rejects.toThrow('unreadable');
    expect(measuresSince(since).map((entry) => entry.name)).toEqual(['kubewire:read']);
  });

  it('runs the work all the same where User Timing refuses', async () => {
    vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new Error('no User Timing');
    });
    await expect(measuredPhase('read', () => Promise.resolve('done'))).resolves.toBe('done');
    expect(measuredPhaseSync('show', () => 'shown')).toBe('shown');
  });
});

describe('measuredPhaseSync', () => {
  it('gives the work’s result and measures it', () => {
    const since = performance.now();
    expect(measuredPhaseSync('show', () => 'shown')).toBe('shown');
    expect(measuresSince(since).map((entry) => entry.name)).toEqual(['kubewire:show']);
  });
});
