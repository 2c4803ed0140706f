/**
 * How long one edit of the built-in example takes in the core, from the edit command to the
 * diagnostics and the diagram (what the UI recomputes on every keystroke). Run with
 * `npx tsx bench/check-latency.ts`; it prints the median and the 95th percentile.
 */
import { buildDiagram } from '../src/core/diagram/build';
import { applyEdits, checkManifest, EXAMPLE_MANIFEST, parseManifest } from '../src/core';
import { manifestObjects } from '../src/core/rules/context';

const RUNS = 500;
const times: number[] = [];
let text = EXAMPLE_MANIFEST;
for (let i = 0; i < RUNS + 50; i++) {
  const start = performance.now();
  const result = applyEdits(text, [
    {
      type: 'set',
      doc: 2,
      path: ['spec', 'template', 'spec', 'containers', 0, 'image'],
      value: `img:${String(i)}`,
    },
  ]);
  if (!result.ok) throw new Error(result.reason);
  text = result.text;
  const parsed = parseManifest(text);
  const check = checkManifest(parsed);
  buildDiagram(manifestObjects(parsed), check.graph);
  // The first runs warm up the JIT and are not counted.
  if (i >= 50) times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
console.log(
  `edit → parse → all rules → diagram, built-in example, ${String(RUNS)} runs: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);
