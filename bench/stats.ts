/** Summaries of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no measurements');
  return [...values].sort((a, b) => a - b);
}

/** The nearest-rank percentile (q in 0..1) of sorted values. */
function rank(values: readonly number[], q: number): number {
  const index = Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1));
  return values[index] ?? Number.NaN;
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  const middle = s.length / 2;
  const median =
    s.length % 2 === 1
      ? (s[Math.floor(middle)] ?? Number.NaN)
      : ((s[middle - 1] ?? Number.NaN) + (s[middle] ?? Number.NaN)) / 2;
  return { median, min: s[0] ?? Number.NaN, max: s[s.length - 1] ?? Number.NaN, runs: s.length };
}

export function percentiles(values: readonly number[]): Percentiles {
  const s = sorted(values);
  return { p50: rank(s, 0.5), p95: rank(s, 0.95), max: rank(s, 1), samples: s.length };
}

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** How many samples had each value, e.g. "0: 12, 1: 38" for frames counted per keystroke. */
export function frameCounts(values: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, count]) => `${String(value)}: ${String(count)}`)
    .join(', ');
}
