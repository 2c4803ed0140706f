#!/usr/bin/env -S node --import tsx
// The shebang lets `npx kubewire` run this file without a build step (tsx is installed by
// `npm ci`); `npm run kubewire` runs it through tsx directly.
import { readFileSync } from 'node:fs';
import { runCli } from './run';

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed: unknown = JSON.parse(text);
  const version =
    parsed !== null && typeof parsed === 'object'
      ? (parsed as Record<string, unknown>).version
      : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY && process.env.NO_COLOR === undefined,
  version: packageVersion(),
});
