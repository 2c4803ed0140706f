/**
 * Why a budget is not met and what would fix it, as profiling last found (README.md,
 * "Performance"): printed under the table for each budget the run did not meet.
 */
import type { Row } from './report';

const CAUSES: readonly { figure: RegExp; cause: string }[] = [
  {
    figure: /^start: first usable form/,
    cause:
      'The bytes are within budget and the first view has no emotion style left (0 rules; 160 on 2026-12-03 morning). Traced, what remains before the form is evaluating the start chunk’s modules (about 135 ms on a slow load), the first React render with MUI’s theme creation (its deep merge alone about 12 ms) and garbage collection, so the figure follows the machine’s speed (417 ms median in bench/results/2026-12-03-10-34-11.json). Fix: less JavaScript before the first form (the YAML reader loaded with the rules; MUI and its theme, which only the alerts and the lazy dialogs still use).',
  },
  {
    figure: /^start: Monaco shows the manifest/,
    cause:
      'Monaco (about 3.4 MB of JavaScript with the YAML pane, loaded after the first form) has to be fetched, compiled and started; its requests are answered only after the page’s first layout (55–125 ms traced), then evaluating and creating the editor take about 200 ms under the profiler, so the figure follows the machine’s speed (1,354 ms median in bench/results/2026-12-03-10-34-11.json). Fix: a smaller editor (Monaco’s core is most of it) and a shorter first layout (the forms out of view skipped by layout).',
  },
  {
    figure: /^edit, built-in example/,
    cause:
      'Traced, a keystroke’s task is nearly all JavaScript (style and layout about 1 ms). Under the CPU profiler its handler took 15–18 ms: the store’s update about 9–12 ms (reading and checking 1–3.5 ms, the YAML pane’s model edit 2.5–3.6 ms, Monaco’s redraw in the same task about 4 ms, most of it reading back positions for its decorations: a forced layout) and React’s render 4 ms; drawing the first view without emotion moved it little. Fix: a cheaper YAML pane edit and redraw (half of it), and a check that re-runs only what the edit touched.',
  },
  {
    figure: /^edit, 300 objects/,
    cause:
      'Each keystroke runs the link resolver and the cross-object rules over every object (13 ms in Node), rebuilds and compares the diagram, writes the YAML pane and has React visit every memoized entry; under the CPU profiler about 21 ms checking, 6 ms diagram, 8 ms YAML pane, 16 ms React, 10 ms garbage collection, and React Flow draws the changed edge in the next frame. Fix: an incremental link graph (re-resolve only the edited object’s links), a check that keeps what it found for untouched objects, and diagram updates that touch only the changed node and edges.',
  },
  {
    figure: /^import 1,000 objects/,
    cause:
      'Reading 1 MB with `yaml` and checking 1,000 objects is about a second of main-thread CPU on this machine, run in 25 ms slices with no idle time between them: the diagnostics show when both are done, so the figure is that CPU time. Fix: a second core (parse and check in a Web Worker while the page reads its own copy; the check result is data, but for the quick fixes that derive their edits, which the page would rebuild), and less CPU per object (a check that keeps what it found for unchanged objects across the whole pipeline).',
  },
  {
    figure: /longest main-thread task/,
    cause:
      'What is left are tasks of 50–90 ms: the render that shows the opened text (one synchronous React render, the store being read through useSyncExternalStore; in it the store’s derivation, the YAML pane turning read-only, which makes Monaco recompute its options, and the Objects panel listing the sections of 1,000 documents), Monaco taking each 24 kB piece of the text (12 kB pieces cost nearly as much), Monaco recomputing its folding regions and their decorations once the text is in, check slices that garbage collection lengthens, and React Flow measuring each batch of nodes (a forced layout). Fix: the first render as a transition, node sizes and handle positions given to React Flow so that it does not measure, and the parse off the main thread; Monaco’s cost per piece and its folding are its own.',
  },
];

/** One paragraph per budget not met: the figure, then its cause and fix. */
export function explainFailures(rows: readonly Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.pass !== false) continue;
    const cause = CAUSES.find((entry) => entry.figure.test(row.figure.trim()))?.cause;
    lines.push(`NOT MET: ${row.figure.trim()} — ${row.measured}`);
    lines.push(`  ${cause ?? 'No cause recorded: profile it (see README.md, "Performance").'}`);
  }
  return lines.join('\n');
}
