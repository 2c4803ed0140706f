/**
 * The real-manifest corpus for tests: ../shared/corpus beside the repository, or
 * $KUBEWIRE_CORPUS (relative paths are read from the repository root). A fresh clone has no
 * corpus; tests over it then say so loudly instead of passing silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const corpusDir = resolve(repoRoot, process.env.KUBEWIRE_CORPUS ?? '../shared/corpus');
export const corpusExists = existsSync(join(corpusDir, 'real'));

export interface CorpusFile {
  name: string;
  text: string;
}

/** The YAML files of the corpus's `real/` folder, in name order. */
export function corpusFiles(): CorpusFile[] {
  const realDir = join(corpusDir, 'real');
  return readdirSync(realDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(realDir, name), 'utf8') }));
}

/**
 * Registers the corpus suite when the corpus is there; otherwise prints why it is not run and
 * registers one test that checks the corpus really is absent (so a wrong path cannot hide).
 */
export function describeCorpus(title: string, suite: () => void): void {
  if (corpusExists) {
    describe(title, suite);
    return;
  }
  console.warn(
    `kubewire: corpus not found at ${corpusDir}; set KUBEWIRE_CORPUS to run the ${title} tests`,
  );
  describe(title, () => {
    it(`corpus absent: ${corpusDir} (set KUBEWIRE_CORPUS to run these tests)`, () => {
      expect(existsSync(join(corpusDir, 'real'))).toBe(false);
    });
  });
}
