import { describe, expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { parseSnapshot } from '../../testing/parse-snapshot';
import { random, randomEdit, typeAfter } from '../../testing/random-edits';
import { EXAMPLE_MANIFEST } from '../model/example';
import { reparseChange } from './incremental';
import { parseManifest, readManifest } from './parse';

const snapshot = parseSnapshot;

/** Applies `steps` random edits in a row, each re-read from the last; counts incremental reads. */
function replay(text: string, seed: number, steps: number): { incremental: number } {
  const next = random(seed);
  let previous = readManifest(text);
  let current = text;
  let incremental = 0;
  for (let step = 0; step < steps; step++) {
    current = randomEdit(current, next);
    const whole = readManifest(current);
    const partial = reparseChange(previous, current);
    if (partial) {
      incremental++;
      expect(snapshot(partial), `seed ${String(seed)} step ${String(step)}`).toEqual(
        snapshot(whole),
      );
      previous = partial;
    } else {
      previous = whole;
    }
  }
  return { incremental };
}

describe('reparseChange', () => {
  it('re-reads only the edited document and keeps the others', () => {
    const before = readManifest(EXAMPLE_MANIFEST);
    const text = EXAMPLE_MANIFEST.replace('app: server', 'app: serverx');
    const after = reparseChange(before, text);
    expect(after).toBeDefined();
    if (!after) return;
    expect(snapshot(after)).toEqual(snapshot(readManifest(text)));
    const edited = after.documents.findIndex(
      (doc, i) => doc.object !== before.documents[i]?.object,
    );
    // Earlier documents are the same objects; later ones keep their plain value.
    for (const [i, doc] of after.documents.entries()) {
      if (i < edited) expect(doc).toBe(before.documents[i]);
      if (i > edited) expect(doc.object).toBe(before.documents[i]?.object);
    }
    expect(edited).toBeGreaterThanOrEqual(0);
  });

  it('gives what reading the whole text gives, keystroke after keystroke', () => {
    let previous = readManifest(EXAMPLE_MANIFEST);
    let incremental = 0;
    for (const text of typeAfter(EXAMPLE_MANIFEST, 'image: ', 'registry.example/x:1\n  # done')) {
      const partial = reparseChange(previous, text);
      if (partial) incremental++;
      const read = partial ?? readManifest(text);
      expect(snapshot(read)).toEqual(snapshot(readManifest(text)));
      previous = read;
    }
    expect(incremental).toBeGreaterThan(20);
  });

  it('reads the whole text when the change touches a document marker or adds one', () => {
    const before = readManifest(EXAMPLE_MANIFEST);
    const marker = EXAMPLE_MANIFEST.indexOf('\n---\n') + 1;
    const broken = EXAMPLE_MANIFEST.slice(0, marker) + 'x' + EXAMPLE_MANIFEST.slice(marker + 1);
    expect(reparseChange(before, broken)).toBeUndefined();
    const split = EXAMPLE_MANIFEST.replace('  replicas: 1\n', '  replicas: 1\n---\n');
    expect(reparseChange(before, split)).toBeUndefined();
    expect(reparseChange(before, `%YAML 1.2\n---\n${EXAMPLE_MANIFEST}`)).toBeUndefined();
  });

  it('reads the whole text when the edited document no longer reads cleanly', () => {
    const before = readManifest(EXAMPLE_MANIFEST);
    // An open quote could run on past the next `---` when the whole text is read.
    expect(reparseChange(before, EXAMPLE_MANIFEST.replace('app: server', "app: 'server"))).toBe(
      undefined,
    );
  });

  it('keeps syntax problems of other documents, at their new positions', () => {
    const broken = `${EXAMPLE_MANIFEST}---\nkind: [\n`;
    const before = readManifest(broken);
    expect(before.syntaxErrors.length).toBeGreaterThan(0);
    const text = broken.replace('app: server', 'app: server-two');
    const after = reparseChange(before, text);
    expect(after).toBeDefined();
    if (after) expect(snapshot(after)).toEqual(snapshot(readManifest(text)));
  });

  it('matches a whole read over many random edits of the example', () => {
    let incremental = 0;
    for (let seed = 1; seed <= 30; seed++)
      incremental += replay(EXAMPLE_MANIFEST, seed, 25).incremental;
    // Random edits soon leave a document broken (then the whole text is read), but a good
    // share land in a document that still reads: the comparison above must have run on them.
    expect(incremental).toBeGreaterThan(100);
  });

  it('is what parseManifest uses: one keystroke re-reads one document', () => {
    const first = parseManifest(EXAMPLE_MANIFEST);
    const text = EXAMPLE_MANIFEST.replace('replicas: 1', 'replicas: 2');
    const second = parseManifest(text);
    expect(second.documents.filter((doc, i) => doc === first.documents[i]).length).toBeGreaterThan(
      0,
    );
    expect(snapshot(second)).toEqual(snapshot(readManifest(text)));
  });
});

describeCorpus('reparseChange over the corpus', () => {
  it('matches a whole read over random edits of every corpus file', () => {
    let incremental = 0;
    let steps = 0;
    for (const [n, file] of corpusFiles().entries()) {
      incremental += replay(file.text, n + 1, 12).incremental;
      steps += 12;
    }
    expect(incremental).toBeGreaterThan(steps / 5);
  });
});
