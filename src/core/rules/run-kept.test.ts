import { describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../../../bench/generate';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { random, randomEdit, typeAfter } from '../../testing/random-edits';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest, readManifest } from '../yaml/parse';
import { checkManifest } from './run';
import { schema } from './schema';

/**
 * Object-scoped rules keep their findings for objects a keystroke did not change. A check of a
 * fresh whole read (new plain values, so nothing kept applies) must find exactly the same.
 */
function expectSameAsFresh(text: string, label: string): void {
  const kept = checkManifest(parseManifest(text)).diagnostics;
  const fresh = checkManifest(readManifest(text)).diagnostics;
  expect(kept, label).toEqual(fresh);
}

describe('findings kept for unchanged objects', () => {
  it('give what a fresh check gives while typing in the example', () => {
    for (const text of typeAfter(EXAMPLE_MANIFEST, 'memory: ', '10m x'))
      expectSameAsFresh(text, text);
  });

  it('give what a fresh check gives over random edits', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const next = random(seed);
      let text = generateManifest(9);
      for (let step = 0; step < 12; step++) {
        text = randomEdit(text, next);
        expectSameAsFresh(text, `seed ${String(seed)} step ${String(step)}`);
      }
    }
  });

  it('spare the rule the objects a keystroke did not change', () => {
    const text = generateManifest(30);
    checkManifest(parseManifest(text));
    const spy = vi.spyOn(schema, 'check');
    try {
      const typed = text.replace('memory: 64Mi', 'memory: 64Mix');
      checkManifest(parseManifest(typed));
      const seen = spy.mock.calls.map(([context]) => context.objects.length);
      expect(seen).toEqual([1]);
    } finally {
      spy.mockRestore();
    }
  });
});

describeCorpus('findings kept for unchanged objects, over the corpus', () => {
  it('give what a fresh check gives over random edits of every corpus file', () => {
    for (const [n, file] of corpusFiles().entries()) {
      const next = random(n + 1);
      let text = file.text;
      parseManifest(text);
      for (let step = 0; step < 6; step++) {
        text = randomEdit(text, next);
        expectSameAsFresh(text, `${file.name} step ${String(step)}`);
      }
    }
  });
});
