import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/model/example';
import { PROFILE_IDS } from '../core/profiles/types';
import { runCli } from './run';
import { MAX_FILE_BYTES } from './read-files';

const root = mkdtempSync(join(tmpdir(), 'kubewire-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
    version: '9.9.9',
  });
  return { status, stdout, stderr };
}

const clean = write('clean/example.yaml', EXAMPLE_MANIFEST);
const broken = write('broken.yaml', 'a: 1\nb: [\n');

describe('runCli', () => {
  it('exits 0 on the example, with no error in its report', () => {
    const result = run('check', clean);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info in 1 file$/m);
    expect(result.stderr).toBe('');
  });

  it('exits 1 on a YAML syntax error, reported in its file', () => {
    const result = run('check', '--format', 'json', clean, broken);
    expect(result.status).toBe(1);
    const reported = JSON.parse(result.stdout) as { ruleId: string; file: string }[];
    expect(reported).toContainEqual(
      expect.objectContaining({ ruleId: 'yaml-syntax', file: broken }),
    );
  });

  it('prints only the JSON array on stdout with --format json', () => {
    const result = run('check', '--format=json', clean);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });

  it('searches a directory for .yaml and .yml files, skipping others and hidden folders', () => {
    write('tree/a.yml', 'a: 1\na: 2\n');
    write('tree/sub/b.YAML', 'b: 1\nb: 2\n');
    write('tree/notes.txt', 'c: 1\nc: 2\n');
    write('tree/.hidden/d.yaml', 'd: 1\nd: 2\n');
    const result = run('check', join(root, 'tree'), join(root, 'tree', 'a.yml'));
    const files = (
      JSON.parse(run('check', '--format', 'json', join(root, 'tree')).stdout) as {
        file: string;
      }[]
    ).map((item) => item.file);
    expect(files).toEqual([join(root, 'tree', 'a.yml'), join(root, 'tree', 'sub', 'b.YAML')]);
    // a.yml named twice is read once: two errors, not three.
    expect(result.stdout).toMatch(/^2 errors, .* in 2 files$/m);
  });

  it.each([
    [
      'a missing file',
      () => [join(root, 'missing.yaml')],
      /cannot read .*missing\.yaml: no such file/,
    ],
    [
      'a folder without manifests',
      () => [write('none/x.txt', '') && join(root, 'none')],
      /has no \.yaml/,
    ],
    ['a binary file', () => [write('image.yaml', Buffer.from([0x89, 0x50, 0x00, 0x01]))], /binary/],
    [
      'a file that is not UTF-8',
      () => [write('latin1.yaml', Buffer.from([0x61, 0x3a, 0xe9]))],
      /not UTF-8/,
    ],
    [
      'a file over 10 MB',
      () => [write('huge.yaml', Buffer.alloc(MAX_FILE_BYTES + 1, 0x20))],
      /larger than 10 MB/,
    ],
  ])('exits 2 on %s, checking nothing', (_label, paths, message) => {
    const result = run('check', clean, ...paths());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on bad usage, with the usage on stderr', () => {
    const result = run('check', '--colour', clean);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option --colour[\s\S]*Usage: kubewire check/);
  });

  it('prints the help and the version on stdout with exit 0', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: kubewire check');
    expect(run('--version')).toEqual({ status: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it.each(PROFILE_IDS)('accepts --profile %s', (profile) => {
    // Whatever the rules say under that profile, it must not be a usage error.
    const result = run('check', '--profile', profile, clean);
    expect(result.stderr).toBe('');
    expect(result.status).not.toBe(2);
  });
});
