/**
 * A quick look at one part of `npm run bench`: edit latency only, for the cases named on the
 * command line (`example`, `30`, `300`; default `example`), typing in the form and in the YAML.
 * `npx tsx bench/edit-only.ts example 300`. Prints p50/p95 and where the time went; writes nothing.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_MANIFEST } from '../src/core';
import { launch } from './browser';
import { buildApp } from './build';
import { editLatency } from './edit';
import { generateManifest } from './generate';
import { serveStatic } from './serve';
import { frameCounts, percentiles } from './stats';

const ROOT = join(import.meta.dirname, '..');
const DIST = await mkdtemp(join(tmpdir(), 'kubewire-bench-'));
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
const PORT = Number(process.env.KUBEWIRE_BENCH_PORT ?? 4190);
const cases = process.argv.slice(2);
const names = cases.length > 0 ? cases : ['example'];
const sources = (process.env.KUBEWIRE_BENCH_SOURCES ?? 'form,yaml').split(',');

const bundle = await buildApp(ROOT, join(DIST, 'app'));
const server = await serveStatic(bundle.outDir, PORT);
const browser = await launch();
try {
  for (const name of names) {
    const text = name === 'example' ? null : generateManifest(Number(name));
    for (const source of sources) {
      if (source !== 'form' && source !== 'yaml') throw new Error(`unknown source ${source}`);
      const run = await editLatency(browser, server.url, text, EXAMPLE_MANIFEST, source);
      const total = percentiles(run.latencies);
      console.log(
        `${name} typing in ${source}: p50 ${total.p50.toFixed(1)} ms, p95 ${total.p95.toFixed(1)} ms; ` +
          `frames begun before all panes showed it (keystrokes): ${frameCounts(run.frames)}`,
      );
      console.log(
        `  sorted: ${[...run.latencies]
          .sort((a, b) => a - b)
          .map((v) => v.toFixed(1))
          .join(' ')}`,
      );
      for (const item of run.profile.slice(0, 8))
        console.log(
          `  ${item.ms.toFixed(1).padStart(7)} ms  ${JSON.stringify(item).slice(0, 160)}`,
        );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
