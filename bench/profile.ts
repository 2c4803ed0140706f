/** Where the main thread's time goes: a CPU profile's self time summed by bundle chunk. */
import type { CDPSession } from '@playwright/test';

export interface ChunkTime {
  /** Self time per keystroke (or per run) in ms. A chunk file name (assets/index-….js), or (idle), (program), (garbage collector). */
  where: string;
  ms: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function chunkProfile(
  cdp: CDPSession,
  origin: string,
  action: () => Promise<void>,
): Promise<ChunkTime[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let profiled: Profile;
  try {
    await action();
  } finally {
    const stopped = await cdp.send('Profiler.stop');
    profiled = stopped.profile;
  }
  return summarize(profiled, origin);
}

function summarize(profile: Profile, origin: string): ChunkTime[] {
  const where = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    where.set(
      node.id,
      url.startsWith(origin)
        ? url.slice(origin.length).replace(/-[\w-]{8}\.js$/, '.js')
        : url === ''
          ? functionName.startsWith('(')
            ? functionName
            : '(native)'
          : '(other)',
    );
  }
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const key = where.get(samples[i] ?? -1) ?? '(unknown)';
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].map(([key, ms]) => ({ where: key, ms })).sort((a, b) => b.ms - a.ms);
}
