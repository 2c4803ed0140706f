import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads a check with its defaults', () => {
    expect(parseArgs(['check', 'a.yaml', 'k8s/'])).toEqual({
      ok: true,
      value: { command: 'check', format: 'text', profile: undefined, paths: ['a.yaml', 'k8s/'] },
    });
  });

  it.each([
    [['check', '--format', 'json', '--profile', 'traefik', 'a.yaml']],
    [['check', '--format=json', '--profile=traefik', 'a.yaml']],
    [['--format', 'json', 'check', 'a.yaml', '--profile', 'traefik']],
  ])('reads options before, between and after the files: %j', (argv) => {
    expect(parseArgs(argv)).toEqual({
      ok: true,
      value: { command: 'check', format: 'json', profile: 'traefik', paths: ['a.yaml'] },
    });
  });

  it('takes everything after -- as a file, even names that start with a dash', () => {
    const parsed = parseArgs(['check', '--', '--format', '-x.yaml']);
    expect(parsed.ok && parsed.value).toMatchObject({ paths: ['--format', '-x.yaml'] });
  });

  it.each([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['check', '--help'], 'help'],
    [['--version'], 'version'],
    [['-v'], 'version'],
  ])('%j asks for %s', (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: { command } });
  });

  it.each([
    [[], /no command/],
    [['lint', 'a.yaml'], /unknown command "lint"/],
    [['check'], /no files/],
    [['check', '--strict', 'a.yaml'], /unknown option --strict/],
    [['check', '--format', 'xml', 'a.yaml'], /unknown format "xml"/],
    [['check', 'a.yaml', '--format'], /--format needs a value/],
    [['check', '--profile', 'istio', 'a.yaml'], /unknown profile "istio".*okteto-nginx/],
    [['check', '--profile=', 'a.yaml'], /--profile needs a value/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(message);
  });
});
