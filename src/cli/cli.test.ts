import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/model/example';

// The real command, as CI runs it: a process, its exit status, its stdout and stderr.
const directory = mkdtempSync(join(tmpdir(), 'kubewire-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function kubewire(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('kubewire check (spawned)', { timeout: 60_000 }, () => {
  it('exits 0 on the built-in example', () => {
    const result = kubewire('check', write('example.yaml', EXAMPLE_MANIFEST));
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^0 errors, .* in 1 file$/m);
    expect(result.status).toBe(0);
  });

  it('exits 1 on a YAML syntax error and names its line', () => {
    const file = write('broken.yaml', 'apiVersion: v1\nkind: Service\nkind: Service\n');
    const result = kubewire('check', '--format', 'json', file);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toContainEqual(
      expect.objectContaining({ ruleId: 'yaml-syntax', file, line: 3, column: 1 }),
    );
  });

  it('exits 2 on bad usage', () => {
    const result = kubewire('check', '--format', 'xml', 'a.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "xml"');
  });

  it('exits 2 on a missing file', () => {
    const result = kubewire('check', join(directory, 'missing.yaml'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file');
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(kubewire('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});
