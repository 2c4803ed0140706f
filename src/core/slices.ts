/**
 * Long work cut into steps, so that the browser can run other tasks between them: reading and
 * checking a 1 MB manifest takes several hundred ms, and one task that long freezes the page
 * (no input, no paint). The work is written once as a generator that yields between steps; it
 * runs either at once (`runSliced`: the CLI, tests and every small edit) or in slices of a few
 * ms (`timeSlicer`: opening a big file in the browser). Both give the same result.
 */

/** Runs a generator's steps, pausing between them when it has been running long enough. */
export interface Slicer {
  run<T>(steps: Generator<void, T>): Promise<T>;
}

/** Runs every step at once and returns the result. */
export function runSliced<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long a slice may run: well under the 50 ms that makes a task "long". */
const SLICE_MS = 25;

/**
 * A slicer that gives the thread back (`pause`) after `budgetMs` of steps. `now` and `pause`
 * are parameters so that tests can run it without a clock.
 */
export function timeSlicer(
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  budgetMs: number = SLICE_MS,
  now: () => number = () => performance.now(),
): Slicer {
  return {
    async run<T>(steps: Generator<void, T>): Promise<T> {
      let sliceStart = now();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (now() - sliceStart >= budgetMs) {
          await pause();
          sliceStart = now();
        }
      }
    },
  };
}
