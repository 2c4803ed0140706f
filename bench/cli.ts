/** `kubewire check` on a big file: wall time and peak memory (max RSS) of the whole process. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface CliRun {
  wallMs: number;
  maxRssKiB: number;
  exitCode: number | null;
  lastLine: string;
}

const TIME = '/usr/bin/time';

export function cliRun(root: string, file: string): Promise<CliRun> {
  const node = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'check', file];
  const useTime = existsSync(TIME);
  const [command, ...args] = useTime ? [TIME, '-v', ...node] : node;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command ?? TIME, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      // GNU time reports in KiB; without it, the largest child's RSS (also KiB on Linux).
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      const maxRssKiB = rss !== undefined ? Number(rss) : process.resourceUsage().maxRSS;
      const exit = useTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code;
      resolve({
        wallMs,
        maxRssKiB,
        exitCode: exit,
        lastLine: stdout.trim().split('\n').pop() ?? '',
      });
    });
  });
}
