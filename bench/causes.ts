/**
 * Why a budget is not met and what would fix it, as profiling last found (README.md,
 * "Performance"): printed under the table for each budget the run did not meet.
 */
import type { Row } from './report';

const CAUSES: readonly { figure: RegExp; cause: string }[] = [
  {
    figure: /^start: first usable form/,
    cause:
      'The bytes before the form are within budget. Under the CPU profiler the first React render takes about 180 ms, of which emotion compiling the styles of the MUI components still in the first view (85 classes then; 63 since the forms’ buttons too are static CSS: the app bar, the Problems list, the panels) was about 47 ms, and garbage collection 35–58 ms during the load; the rest is compiling and running the first view’s JavaScript, so the figure follows the machine’s speed (395 ms on a quiet day here, bench/results/2026-12-02-11-02-17.json). Fix: those components in static CSS as the forms now are, and less JavaScript before the first form (the YAML reader loaded with the rules).',
  },
  {
    figure: /^start: Monaco shows the manifest/,
    cause:
      'Monaco (about 1 MB of JavaScript, loaded after the first form) has to be fetched, compiled and started; like the first form, the figure follows the machine’s speed (770 ms on a quiet day here). Fix: a smaller editor: Monaco’s core is most of it.',
  },
  {
    figure: /^edit, built-in example/,
    cause:
      'Traced, a keystroke’s task is nearly all JavaScript (style and layout about 1 ms). Under the CPU profiler its handler took 17–18 ms: the store’s update about 12 ms (reading and checking 3.5 ms, the YAML pane’s model edit 3.6 ms, Monaco’s redraw in the same task about 4 ms) and React’s render 3.8 ms; drawing the fields without emotion did not move the figure. Fix: a cheaper YAML pane edit and redraw (half of it), and a check that re-runs only what the edit touched.',
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
      'What is left are tasks of 50–90 ms: the render that shows the opened text (the first entries of every pane in one synchronous React render, the store being read through useSyncExternalStore; the Problems entries and the diagram’s nodes are still MUI and React Flow), Monaco taking each 24 kB piece of the text (about 50 ms under the profiler; 12 kB pieces cost nearly as much), parse slices that garbage collection lengthens, and React Flow measuring each batch of nodes (a forced layout). Fix: the first render as a transition, node sizes and handle positions given to React Flow so that it does not measure, and the parse off the main thread.',
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
