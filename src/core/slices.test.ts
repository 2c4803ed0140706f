import { describe, expect, it } from 'vitest';
import { runSliced, timeSlicer } from './slices';

/**
 * A generator whose steps take `costs[i]` ms of a fake clock each (the clock advances inside
 * the step) and log themselves; it returns the sum of the costs.
 */
function costedSteps(
  costs: readonly number[],
  clock: { ms: number },
  log: string[],
): Generator<void, number> {
  return (function* () {
    let total = 0;
    for (const [i, cost] of costs.entries()) {
      clock.ms += cost;
      total += cost;
      log.push(`step ${String(i)}`);
      yield;
    }
    log.push('done');
    return total;
  })();
}

/** A generator that takes `steps` steps of 10 ms each and then throws. */
function* failingAfter(steps: number, clock: { ms: number } = { ms: 0 }): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    clock.ms += 10;
    yield;
  }
  throw new Error(`boom after ${String(steps)}`);
}

/** A slicer on a fake clock whose pauses are logged, and resolve at once. */
function fakeSlicer(budgetMs: number, clock: { ms: number }, log: string[]) {
  return timeSlicer(
    () => {
      log.push(`pause at ${String(clock.ms)}`);
      return Promise.resolve();
    },
    budgetMs,
    () => clock.ms,
  );
}

describe('runSliced', () => {
  it('runs every step and returns the return value', () => {
    const log: string[] = [];
    expect(runSliced(costedSteps([1, 2, 3], { ms: 0 }, log))).toBe(6);
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'done']);
  });

  it('returns the value of a generator without steps', () => {
    const log: string[] = [];
    expect(runSliced(costedSteps([], { ms: 0 }, log))).toBe(0);
    expect(log).toEqual(['done']);
  });

  it('lets a step’s exception through', () => {
    expect(() => runSliced(failingAfter(0))).toThrow('boom after 0');
    expect(() => runSliced(failingAfter(2))).toThrow('boom after 2');
  });
});

describe('timeSlicer', () => {
  it('pauses exactly when the budget is used up, and starts a new slice after', async () => {
    const clock = { ms: 100 };
    const log: string[] = [];
    const result = await fakeSlicer(25, clock, log).run(
      costedSteps([10, 10, 10, 5, 30, 1, 24, 1], clock, log),
    );
    expect(result).toBe(91);
    expect(log).toEqual([
      'step 0', // 10 ms into the slice
      'step 1', // 20
      'step 2', // 30: over the budget
      'pause at 130',
      'step 3', // 5 into a new slice
      'step 4', // 35
      'pause at 165',
      'step 5', // 1
      'step 6', // 25: exactly the budget
      'pause at 190',
      'step 7', // 1
      'done',
    ]);
  });

  it('never pauses while the steps stay under the budget', async () => {
    const clock = { ms: 0 };
    const log: string[] = [];
    const result = await fakeSlicer(25, clock, log).run(
      costedSteps([3, 3, 3, 3, 3, 3, 3, 3], clock, log),
    );
    expect(result).toBe(24);
    expect(log.filter((entry) => entry.startsWith('pause'))).toEqual([]);
    expect(log).toHaveLength(9);
  });

  it('starts the slice on the clock at run, not when the slicer was made', async () => {
    const clock = { ms: 0 };
    const log: string[] = [];
    const slicer = fakeSlicer(25, clock, log);
    clock.ms = 1000;
    await slicer.run(costedSteps([10, 10], clock, log));
    expect(log).toEqual(['step 0', 'step 1', 'done']);
  });

  it('pauses after every step with a budget of 0', async () => {
    const clock = { ms: 0 };
    const log: string[] = [];
    await fakeSlicer(0, clock, log).run(costedSteps([0, 0, 0], clock, log));
    expect(log).toEqual([
      'step 0',
      'pause at 0',
      'step 1',
      'pause at 0',
      'step 2',
      'pause at 0',
      'done',
    ]);
  });

  it('waits for the pause before the next step', async () => {
    const clock = { ms: 0 };
    const log: string[] = [];
    let resume: (() => void) | undefined;
    const slicer = timeSlicer(
      () =>
        new Promise<void>((resolve) => {
          log.push('pause');
          resume = resolve;
        }),
      5,
      () => clock.ms,
    );
    const running = slicer.run(costedSteps([10, 10], clock, log));
    // Let every microtask run: the slicer must still be waiting in its first pause.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['step 0', 'pause']);
    resume?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause']);
    resume?.();
    await expect(running).resolves.toBe(20);
    expect(log.at(-1)).toBe('done');
  });

  it('gives what runSliced gives', async () => {
    const costs = [7, 30, 0, 12, 12, 12, 1, 50, 2];
    const sliced = runSliced(costedSteps(costs, { ms: 0 }, []));
    for (const budget of [0, 1, 10, 25, 1000]) {
      const clock = { ms: 0 };
      const log: string[] = [];
      await expect(
        fakeSlicer(budget, clock, log).run(costedSteps(costs, clock, log)),
      ).resolves.toBe(sliced);
      expect(log.filter((entry) => entry.startsWith('step'))).toHaveLength(costs.length);
    }
  });

  it('builds the same result as runSliced', async () => {
    function* building(): Generator<void, { items: number[] }> {
      const items: number[] = [];
      for (let i = 0; i < 5; i++) {
        items.push(i * i);
        yield;
      }
      return { items };
    }
    const slicer = timeSlicer(() => Promise.resolve(), 0);
    expect(await slicer.run(building())).toEqual(runSliced(building()));
  });

  it('rejects when a step throws, before or after a pause', async () => {
    const clock = { ms: 0 };
    let pauses = 0;
    const slicer = timeSlicer(
      () => {
        pauses++;
        return Promise.resolve();
      },
      10,
      () => clock.ms,
    );
    await expect(slicer.run(failingAfter(0, clock))).rejects.toThrow('boom after 0');
    expect(pauses).toBe(0);
    await expect(slicer.run(failingAfter(3, clock))).rejects.toThrow('boom after 3');
    expect(pauses).toBe(3);
  });

  it('rejects (does not throw synchronously) when the first step throws', () => {
    const slicer = timeSlicer(
      () => Promise.resolve(),
      0,
      () => 0,
    );
    let running: Promise<number> | undefined;
    expect(() => {
      running = slicer.run(failingAfter(0));
    }).not.toThrow();
    return expect(running).rejects.toThrow('boom after 0');
  });
});
