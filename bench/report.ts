/** The budgets, the printed table and the JSON written under bench/results/. */
import { round, type Percentiles, type Spread } from './stats';

export interface Row {
  figure: string;
  measured: string;
  budget: string;
  /** null: informational, no budget. */
  pass: boolean | null;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${round(value, 1).toFixed(1)} ms`;

export const format = {
  kB,
  ms,
  spread: (s: Spread, unit: (n: number) => string = ms) =>
    `${unit(s.median)} (${unit(s.min)}–${unit(s.max)}, n=${String(s.runs)})`,
  percentiles: (p: Percentiles) =>
    `p50 ${ms(p.p50)}, p95 ${ms(p.p95)} (max ${ms(p.max)}, n=${String(p.samples)})`,
};

export function row(figure: string, measured: string, budget?: string, pass?: boolean): Row {
  return { figure, measured, budget: budget ?? '', pass: pass ?? null };
}

export function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.measured,
    r.budget,
    r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const head = ['figure', 'measured: median (min–max) or p50/p95', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
