/**
 * Why a budget is not met and what would fix it, as profiling last found (README.md,
 * "Performance"): printed under the table for each budget the run did not meet.
 */
import type { Row } from './report';

const CAUSES: readonly { figure: RegExp; cause: string }[] = [
  {
    figure: /^start: first usable form/,
    cause:
      'The bytes are within budget and the first view has no emotion style and no MUI left (its JavaScript 173.6 → 137.7 kB gzip on 2026-12-03). What remains before the form is evaluating the start chunk’s modules (react-dom, `yaml`, the store and the forms), the first React render and garbage collection, so the figure follows the machine’s speed (348–500 ms medians in four bench runs that afternoon; 442 → 345 ms over nine alternating loads of the commits before and after MUI left). Fix: the YAML reader loaded with the rules rather than before the first form, and a shorter first layout (the forms out of view skipped by layout).',
  },
  {
    figure: /^start: Monaco shows the manifest/,
    cause:
      'Monaco (about 3.5 MB of JavaScript with the YAML pane, loaded after the first form) has to be fetched, compiled and started; its requests are answered only after the page’s first layout (55–125 ms traced), then evaluating and creating the editor take about 200 ms under the profiler, so the figure follows the machine’s speed (medians of 1,212–1,655 ms in four bench runs on 2026-12-03 afternoon; 1,276 → 1,245 ms over nine alternating loads of the session’s first and last commits). Fix: a smaller editor (Monaco’s core is most of it) and a shorter first layout (the forms out of view skipped by layout).',
  },
  {
    figure: /^edit, built-in example/,
    cause:
      'Traced, a keystroke’s task is nearly all JavaScript (style and layout about 1 ms). Profiled (unminified, 20 keystrokes, 2026-12-03): of a 15 ms handler, 8.3 ms is the YAML pane (the model edit 2.6 ms; the redraw in the same task 5.6 ms, 2.8 ms of it placing Monaco’s hidden text input at the pane’s cursor, on the edited line, by reading back its position from the page: a forced layout), React 3.1 ms, reading and checking about 1.3 ms. Fix: a cheaper YAML pane edit and redraw (half of it), and a check that re-runs only what the edit touched.',
  },
  {
    figure: /^edit, 300 objects/,
    cause:
      'Each keystroke runs the link resolver and the cross-object rules over every object (about 12 ms in Node: linking 4.4 ms, rules 3.8 ms), rebuilds and compares the diagram, writes the YAML pane, and React and React Flow visit every entry. Profiled in the page (2026-12-03, unminified), a keystroke’s task of 59 ms spent 17.7 ms checking, 4.9 ms keeping equal parts of the results shared, 5.2 ms on the diagram, 6.5 ms in React Flow taking the new edges, 10.2 ms in the YAML pane and 11 ms in React. Fix: an incremental link graph (re-resolve only the edited object’s links), a check that keeps what it found for untouched objects, and diagram updates that touch only the changed node and edges.',
  },
  {
    figure: /^import 1,000 objects/,
    cause:
      'The main thread is busy from the paste to the diagnostics (no idle time in a trace), in 25 ms slices, so the figure is that CPU time and follows the machine’s speed (medians of 283 to 458 ms in alternating pastes on 2026-12-03 evening as the machine slowed). The row under it splits it, as the page measures it: on 2026-12-03 at 22:03, of a 372 ms median, reading 100 ms, checking 207 ms, showing 11 ms; the rest (about 55 ms) is the paste’s decoding (about 7 ms), the pauses between tasks, detecting the controller profile (about 5 ms) and React’s first render of the opened file (about 20 ms). The check’s profile is flat (profiled in the page, unminified): no function’s own time is over 7% of it; the link resolver is 19%, then a dozen rules of 2–8% each, the schema and garbage collection, and the check of a text just opened runs code the JIT has not optimized yet (in Node the first check of 1,000 objects takes about 200 ms, later ones about 100). Reading values without the outline (found again per document when a finding is placed) made reading 12–50 ms faster but the check as much slower: dropped. Fix: the check split between the page and a Web Worker that reads its own copy (the object rules there, the linking and the other rules here, a quarter to a third off the figure, by estimate from the profiles), or rules that read each object once for all of them.',
  },
  {
    figure: /longest main-thread task/,
    cause:
      'Until the diagnostics no task is 50 ms or more since 2026-12-03 afternoon; this figure failing means a slow machine lengthened the task that shows the opened file (about 50 ms traced: the store’s derivation, the YAML pane turning read-only, the forms’ and Problems’ first entries) or a check slice that garbage collection lengthened. After the diagnostics (the row below it) tasks of 50–100 ms remain: frames in which Monaco draws a piece of the text and its markers, Monaco taking in a piece, a frame in which React Flow measures a batch of new boxes, the page’s layout of 1,000 objects’ lists, Monaco recomputing its folding regions (70–100 ms traced), scavenges. Fix: a cap on Monaco’s folding regions for big texts, smaller pieces and batches, and the parse off the main thread.',
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
