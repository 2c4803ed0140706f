import { readFileSync } from 'node:fs';

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed: unknown = JSON.parse(text);
  const version =
    parsed !== null && typeof parsed === 'object'
      ? (parsed as Record<string, unknown>).version
      : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

/**
 * Runs the CLI in this process and sets its exit status. The core is imported here, not
 * statically, so that a crash while loading it is reported as "could not check" (2), never
 * mistaken for "errors found" (1). (This lives apart from main.ts because tsx cannot
 * transform a dynamic import in a file that starts with a shebang.)
 */
export async function start(argv: readonly string[]): Promise<void> {
  try {
    const { runCli } = await import('./run');
    // exitCode rather than exit(): exit() can cut off output still being written to a pipe.
    process.exitCode = runCli(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      color: process.stdout.isTTY && process.env.NO_COLOR === undefined,
      version: packageVersion(),
    });
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`kubewire: internal error, nothing was checked\n${detail}\n`);
    process.exitCode = 2;
  }
}
