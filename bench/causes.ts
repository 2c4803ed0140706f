/**
 * Why a budget is not met and what would fix it, as profiling last found (README.md,
 * "Performance"): printed under the table for each budget the run did not meet.
 */
import type { Row } from './report';

const CAUSES: readonly { figure: RegExp; cause: string }[] = [
  {
    figure: /^start: first usable form/,
    cause:
      'The bytes before the form are within budget; what is left is parsing, compiling and running about 590 kB of JavaScript (react-dom, MUI with emotion, yaml) on this CPU, so the figure follows the machine’s speed (395 ms on a quiet day here, bench/results/2026-12-02-11-02-17.json). Fix: less JavaScript before the first form: forms without emotion, and the YAML reader loaded with the rules.',
  },
  {
    figure: /^start: Monaco shows the manifest/,
    cause:
      'Monaco (about 1 MB of JavaScript, loaded after the first form) has to be fetched, compiled and started; like the first form, the figure follows the machine’s speed (770 ms on a quiet day here). Fix: a smaller editor: Monaco’s core is most of it.',
  },
  {
    figure: /^edit, built-in example/,
    cause:
      'A keystroke’s JavaScript is about 3 ms under the profiler (Monaco, React, the checks); the rest is the browser’s input handling and the style and layout of a page of MUI fields. Fix: render the typed field, its Problems entry and the diagram edge without emotion styling on every keystroke, and update React Flow’s edges without its controlled prop.',
  },
  {
    figure: /^edit, 300 objects/,
    cause:
      'Each keystroke runs the link resolver and the cross-object rules over every object, rebuilds and compares the diagram, and React Flow draws the changed edge in the next frame. Fix: an incremental link graph (re-resolve only the edited object’s links) and diagram updates that touch only the changed node and edges.',
  },
  {
    figure: /^import 1,000 objects/,
    cause:
      'Reading 1 MB with `yaml` and checking 1,000 objects is about a second of main-thread CPU on this machine, run in 25 ms slices with no idle time between them: the diagnostics show when both are done, so the figure is that CPU time. Fix: a second core (parse and check in a Web Worker while the page reads its own copy; the check result is data, but for the quick fixes that derive their edits, which the page would rebuild), and less CPU per object (a check that keeps what it found for unchanged objects across the whole pipeline).',
  },
  {
    figure: /longest main-thread task/,
    cause:
      'What is left are tasks of 60–160 ms, one each: the store update that shows the opened text (every pane renders its first entries in one synchronous React render, the store being read through useSyncExternalStore), React Flow measuring each batch of nodes (a forced layout), Monaco’s first frames with the new text, and garbage collection after the parse (the saved work is stored packed, so storing 1 MB in localStorage is no longer one of them). Fix: node sizes and handle positions given to React Flow so that it does not measure, the first render as a transition, and the parse off the main thread.',
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
