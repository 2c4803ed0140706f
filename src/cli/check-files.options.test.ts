import { describe, expect, it, vi } from 'vitest';
import { checkManifest } from '../core/rules/run';
import { checkFiles } from './check-files';

// Spy on the runner, keeping its real behaviour, to see the options reach it.
vi.mock('../core/rules/run', async (importOriginal) => {
  const original = await importOriginal<typeof import('../core/rules/run')>();
  return { ...original, checkManifest: vi.fn(original.checkManifest) };
});

describe('checkFiles options', () => {
  it('passes the profile to the rules, and parses the files once, together', () => {
    checkFiles(
      [
        { name: 'a.yaml', text: 'a: 1' },
        { name: 'b.yaml', text: 'b: 2\n' },
      ],
      { profile: 'traefik' },
    );
    expect(vi.mocked(checkManifest)).toHaveBeenCalledTimes(1);
    const [manifest, options] = vi.mocked(checkManifest).mock.calls[0] ?? [];
    expect(options).toEqual({ profile: 'traefik' });
    expect(manifest?.text).toBe('a: 1\n---\nb: 2\n');
  });
});
