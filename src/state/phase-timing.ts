/**
 * The phases of opening a big text (reading it, checking it, showing it) as User Timing
 * measures named `kubewire:<phase>`: the bench reads them to say where an import's time goes
 * (bench/import.ts), and a browser's profiler shows them on its timeline. A phase that throws
 * is measured all the same; a runtime without User Timing just runs the work.
 */
export type Phase = 'read' | 'check' | 'show';

export const PHASE_PREFIX = 'kubewire:';

function measure(phase: Phase, start: number): void {
  try {
    performance.measure(`${PHASE_PREFIX}${phase}`, { start, end: performance.now() });
  } catch {
    // No User Timing here (or it refused): the work is what matters.
  }
}

export async function measuredPhase<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    measure(phase, start);
  }
}

export function measuredPhaseSync<T>(phase: Phase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(phase, start);
  }
}
