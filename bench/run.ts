/**
 * `npm run bench`: builds the production bundle, serves it on loopback, drives Chromium and
 * prints each figure beside its budget; writes bench/results/<date>.json and latest.json.
 * Not part of `npm test`. See README.md, "Performance".
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_MANIFEST } from '../src/core';
import { launch } from './browser';
import { buildApp } from './build';
import { explainFailures } from './causes';
import { cliRun, type CliRun } from './cli';
import { editLatency, serviceSelector, type EditRun, type EditSource } from './edit';
import { appName, writeManifests } from './generate';
import { IMPORT_PHASES, importRun, type ImportRun } from './import';
import { classify, coldLoad, type LoadRun } from './load';
import { format, row, table, type Row } from './report';
import { serveStatic } from './serve';
import { shareFigures } from './share';
import { frameCounts, percentiles, spread } from './stats';

const ROOT = join(import.meta.dirname, '..');
// Outside the repository, so that no built file is ever linted, formatted or committed.
const DIST = await mkdtemp(join(tmpdir(), 'kubewire-bench-'));
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
const PORT = Number(process.env.KUBEWIRE_BENCH_PORT ?? 4190);
const LOADS = 5;
const IMPORTS = 5;
const CLI_RUNS = 5;

const BUDGET = {
  initialGzipBytes: 200_000,
  formReadyMs: 500,
  monacoReadyMs: 1500,
  editExampleP95Ms: 8,
  edit300P95Ms: 16,
  importMs: 300,
  longTaskMs: 50,
  shareUrlChars: 700,
};

const log = (message: string) => console.error(`bench: ${message}`);
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

log(
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} on ${String(cpus().length)} cores`,
);
const loadBefore = loadavg();
log(`building the production bundle into ${DIST}/app`);
const bundle = await buildApp(ROOT, join(DIST, 'app'));
const [m30, m300, m1000] = await writeManifests(join(DIST, 'manifests'), [30, 300, 1000]);
if (!m30 || !m300 || !m1000) throw new Error('the generator wrote no files');
const manifests = {
  30: await readFile(m30, 'utf8'),
  300: await readFile(m300, 'utf8'),
  1000: await readFile(m1000, 'utf8'),
};
const server = await serveStatic(bundle.outDir, PORT);
const browser = await launch();
const chromiumVersion = browser.version();

const loads: LoadRun[] = [];
const edits: { manifest: string; source: EditSource; line: number; run: EditRun }[] = [];
const imports: ImportRun[] = [];
const cli: CliRun[] = [];
try {
  for (let i = 0; i < LOADS; i++) {
    log(`cold load ${String(i + 1)}/${String(LOADS)}`);
    loads.push(await coldLoad(browser, server.url, bundle.outDir));
  }
  const cases = [
    { manifest: 'built-in example', text: null },
    { manifest: '30 objects', text: manifests[30] },
    { manifest: '300 objects', text: manifests[300] },
  ];
  for (const { manifest, text } of cases) {
    for (const source of ['form', 'yaml'] as const) {
      log(`edit latency: ${manifest}, typing in the ${source}`);
      const run = await editLatency(browser, server.url, text, EXAMPLE_MANIFEST, source);
      edits.push({ manifest, source, line: serviceSelector(text ?? EXAMPLE_MANIFEST).line, run });
    }
  }
  for (let i = 0; i < IMPORTS; i++) {
    log(`import of 1,000 objects ${String(i + 1)}/${String(IMPORTS)}`);
    const run = await importRun(browser, server.url, manifests[1000], appName(0));
    imports.push(run);
    // One run that does not finish is the answer; more would only take as long again.
    if (run.failure !== undefined) {
      log(`import: ${run.failure}`);
      break;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (let i = 0; i < CLI_RUNS; i++) {
  log(`kubewire check, 1,000 objects ${String(i + 1)}/${String(CLI_RUNS)}`);
  cli.push(await cliRun(ROOT, m1000));
}
const share = await shareFigures(ROOT, EXAMPLE_MANIFEST);

// Bytes: index.html and the initial chunks (the entry, its static imports and their CSS) are
// what the form needs. The lazy chunks (Monaco, diagram) are requested during the first render
// and on loopback often finish before the form is usable too: reported beside, not budgeted.
const initialFiles = new Set([
  '/index.html',
  ...bundle.chunks.filter((c) => c.initial).flatMap((c) => [c.file, ...c.css].map((f) => `/${f}`)),
]);
const before = loads.map((load) => load.requests.filter((r) => initialFiles.has(r.file)));
const raced = loads.map((load) => load.requests.filter((r) => r.responseEnd <= load.formReady));
const lateInitial = loads.flatMap((load) =>
  load.requests.filter((r) => initialFiles.has(r.file) && r.responseEnd > load.formReady),
);
if (lateInitial.length > 0)
  log(`initial files that finished after the form: ${lateInitial.map((r) => r.file).join(', ')}`);
const sum = (requests: readonly { bytes: number }[]) =>
  requests.reduce((total, r) => total + r.bytes, 0);
const gzip = (requests: readonly { gzipBytes: number }[]) =>
  requests.reduce((total, r) => total + r.gzipBytes, 0);
const scripts = (requests: LoadRun['requests']) =>
  requests.filter((r) => /\.(js|css)$/.test(r.file));
const initialGzip = spread(before.map(gzip));
const initialRaw = spread(before.map(sum));
const first = loads[0];
const firstBefore = new Set(before[0]?.map((r) => r.file));
// Files a user may not need at once: everything the page requested beyond the initial ones.
const later = (first?.requests ?? []).filter((r) => !firstBefore.has(r.file));
const formReady = spread(loads.map((l) => l.formReady));
const monacoReady = spread(loads.map((l) => l.monacoReady));

const rows: Row[] = [
  row(
    'downloaded for the first usable form (gzip: index.html + initial chunks)',
    format.spread(initialGzip, format.kB),
    '≤ 200 kB',
    initialGzip.median <= BUDGET.initialGzipBytes,
  ),
  row(
    '  of which JS and CSS: raw / gzip',
    `${format.kB(spread(before.map((b) => sum(scripts(b)))).median)} / ${format.kB(spread(before.map((b) => gzip(scripts(b)))).median)}`,
  ),
  row('  all files: raw', format.spread(initialRaw, format.kB)),
  row(
    '  finished before the form on loopback, lazy chunks included (gzip)',
    format.spread(spread(raced.map(gzip)), format.kB),
  ),
  // The names are in the JSON file; listed here they would widen the whole table.
  row('  files', `${String(firstBefore.size)} (index.html and the initial chunks)`),
  row(
    'loaded later (raw / gzip)',
    later
      .map((r) => `${classify(r.file)} ${format.kB(r.bytes)} / ${format.kB(r.gzipBytes)}`)
      .join('; '),
  ),
  row(
    'dist/ total (raw / gzip)',
    `${format.kB(bundle.totalBytes)} / ${format.kB(bundle.totalGzipBytes)}`,
  ),
  row(
    'start: first usable form (Image field)',
    format.spread(formReady),
    '≤ 500 ms',
    formReady.median <= BUDGET.formReadyMs,
  ),
  row(
    'start: Monaco shows the manifest',
    format.spread(monacoReady),
    '≤ 1500 ms',
    monacoReady.median <= BUDGET.monacoReadyMs,
  ),
];
for (const { manifest, source, run } of edits) {
  const p = percentiles(run.latencies);
  const budget =
    manifest === 'built-in example'
      ? BUDGET.editExampleP95Ms
      : manifest === '300 objects'
        ? BUDGET.edit300P95Ms
        : undefined;
  const follows = source === 'form' ? 'YAML, diagram, Problems' : 'form, diagram, Problems';
  rows.push(
    row(
      `edit, ${manifest}: keystroke in the ${source} → ${follows}`,
      format.percentiles(p),
      budget === undefined ? undefined : `p95 ≤ ${String(budget)} ms`,
      budget === undefined ? undefined : p.p95 <= budget,
    ),
  );
  rows.push(
    row(
      '  frames begun before all showed it (0: in the keystroke’s own task)',
      `${frameCounts(run.frames)} keystrokes`,
    ),
  );
}
const finished = imports.filter((i) => i.failure === undefined);
const importFailure = imports.find((i) => i.failure !== undefined)?.failure;
const spreadOrNaN = (values: number[]) =>
  values.length > 0
    ? spread(values)
    : { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
const toDiagnostics = spreadOrNaN(finished.map((i) => i.toDiagnostics));
const longest = spreadOrNaN(finished.map((i) => i.longestTask));
const notFinished = importFailure === undefined ? null : `did not finish: ${importFailure}`;
rows.push(
  row(
    'import 1,000 objects: paste → Problems summary',
    notFinished ?? format.spread(toDiagnostics),
    '≤ 300 ms',
    notFinished === null && toDiagnostics.median <= BUDGET.importMs,
  ),
  row(
    '  longest main-thread task in it',
    notFinished === null ? format.spread(longest) : 'unknown (not finished)',
    '≤ 50 ms',
    notFinished === null && longest.median <= BUDGET.longTaskMs,
  ),
  row(
    '  of it: reading / checking / showing (medians)',
    notFinished === null
      ? IMPORT_PHASES.map((phase) =>
          format.ms(spreadOrNaN(finished.map((i) => i.phases[phase])).median),
        ).join(' / ')
      : '',
  ),
  row(
    '  paste → YAML pane shows it',
    notFinished === null ? format.spread(spreadOrNaN(finished.map((i) => i.toSettled))) : '',
  ),
  // The budget's figure stops at the diagnostics; the panes go on building their lists and the
  // YAML pane takes the text in pieces after that, and a task there is felt all the same.
  row(
    '  longest task until 1 s after the YAML pane shows it',
    notFinished === null
      ? format.spread(spreadOrNaN(finished.map((i) => i.longestTaskUntilSettled)))
      : '',
  ),
  row('CLI: kubewire check, 1,000 objects: wall', format.spread(spread(cli.map((c) => c.wallMs)))),
  row(
    'CLI: peak memory (max RSS)',
    format.spread(spread(cli.map((c) => c.maxRssKiB * 1024)), (n) => `${(n / 1e6).toFixed(0)} MB`),
  ),
  row(
    'share link of the built-in example: URL length',
    `${String(share.urlLength)} chars`,
    '≤ 700 chars',
    share.urlLength <= BUDGET.shareUrlChars,
  ),
  row(
    '  raw DEFLATE floor: bytes / base64url chars',
    `${String(share.deflateBytes)} B / ${String(share.deflateBase64Length)} chars (text ${String(share.textBytes)} B)`,
  ),
);

const printed = table(rows);
console.log(printed);
const unmet = explainFailures(rows);
if (unmet !== '') console.log(`\n${unmet}`);

const now = new Date();
let commit = 'unknown';
let dirty = false;
try {
  commit = git('rev-parse', 'HEAD');
  dirty = git('status', '--porcelain').length > 0;
} catch {
  // Not a git checkout: the results still stand on their own.
}
const results = {
  date: now.toISOString(),
  commit,
  dirtyWorkingTree: dirty,
  machine: {
    os: type(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion,
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
  },
  budgets: BUDGET,
  table: rows,
  bytes: {
    initialFiles: [...initialFiles],
    finishedBeforeFormGzip: spread(raced.map(gzip)),
    beforeFormGzip: initialGzip,
    beforeFormRaw: initialRaw,
    requests: first?.requests.map((r) => ({ ...r, kind: classify(r.file) })),
    dist: { totalBytes: bundle.totalBytes, totalGzipBytes: bundle.totalGzipBytes },
    files: bundle.files,
    chunks: bundle.chunks,
  },
  start: {
    formReady,
    monacoReady,
    runs: loads.map(({ formReady: f, monacoReady: m }) => ({ f, m })),
  },
  edit: edits.map(({ manifest, source, line, run }) => ({
    manifest,
    source,
    latency: percentiles(run.latencies),
    framesBeforeShown: run.frames,
    latencies: run.latencies,
    profilePerKeystroke: run.profile,
    field: 'Service selector value (the first Service)',
    selectorLine: line,
  })),
  import: { toDiagnostics, longestTask: longest, runs: imports },
  cli: { runs: cli },
  share,
};
await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
await writeFile(join(ROOT, 'bench', 'results', `${stamp}.json`), json);
await writeFile(join(ROOT, 'bench', 'results', 'latest.json'), json);
log(`wrote bench/results/${stamp}.json and bench/results/latest.json`);
