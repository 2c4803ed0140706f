import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '..';
import { timeSlicer } from '../slices';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import {
  everyStepSlicer,
  libraryDocuments,
  parsedDocuments,
  parseSnapshot,
} from '../../testing/parse-snapshot';
import { parseManifest, readManifest, readManifestInSlices, type ParsedManifest } from './parse';

const snapshot = parseSnapshot;

/** Reads `text` in slices and at once; both must read the same, one pause per document. */
async function expectSameAsWhole(text: string, label: string): Promise<ParsedManifest> {
  const { slicer, pauses } = everyStepSlicer();
  const sliced = await readManifestInSlices(text, slicer);
  const whole = readManifest(text);
  expect(snapshot(sliced), label).toEqual(snapshot(whole));
  // And what the yaml library reads by itself, in case both went wrong the same way.
  expect(parsedDocuments(sliced), `${label}: as the library reads it`).toEqual(
    libraryDocuments(text),
  );
  // Read by the slicer, not found among the remembered parses: a step (and pause) per document,
  // and one more for each document read one by one before a broken one sent the reading to the
  // whole text (parse.ts).
  expect(pauses(), `${label}: pauses`).toBeGreaterThanOrEqual(whole.documents.length);
  expect(pauses(), `${label}: pauses`).toBeLessThanOrEqual(2 * whole.documents.length);
  return sliced;
}

const BROKEN_MIDDLE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: first
---
apiVersion: v1
kind: Service
metadata:
  name: [broken
spec: {}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: last
`;

const DIRECTIVES = `%YAML 1.2
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: one
...
%YAML 1.2
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: two
data:
  key: value
...
`;

describe('readManifestInSlices', () => {
  it('reads the example like readManifest', async () => {
    const parsed = await expectSameAsWhole(EXAMPLE_MANIFEST, 'example');
    expect(parsed.documents.map((doc) => doc.kind)).toEqual(['Ingress', 'Service', 'Deployment']);
  });

  it('reads a text with a syntax error in one document like readManifest', async () => {
    const parsed = await expectSameAsWhole(BROKEN_MIDDLE, 'broken middle');
    expect(parsed.documents.map((doc) => doc.hasSyntaxErrors)).toEqual([false, true, false]);
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.syntaxErrors.every((problem) => problem.docIndex === 1)).toBe(true);
    expect(parsed.documents[2]?.name).toBe('last');
  });

  it('reads the example with a broken document at either end like readManifest', async () => {
    await expectSameAsWhole(`kind: [\n---\n${EXAMPLE_MANIFEST}`, 'broken first');
    const parsed = await expectSameAsWhole(`${EXAMPLE_MANIFEST}---\nkind: [\n`, 'broken last');
    expect(parsed.documents.at(-1)?.hasSyntaxErrors).toBe(true);
    expect(parsed.syntaxErrors.map((problem) => problem.docIndex)).toContain(3);
    // An unclosed quote in one document and a tab indentation in another.
    await expectSameAsWhole(
      `${EXAMPLE_MANIFEST.replace('app: server', "app: 'server")}---\na:\n\t- b\n`,
      'quote and tab',
    );
  });

  it('reads an alias bomb like readManifest: a problem, not an exception', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n');
    const parsed = await expectSameAsWhole(`${bomb}---\nkind: Service\n`, 'alias bomb');
    expect(parsed.documents[0]?.hasSyntaxErrors).toBe(true);
    expect(parsed.documents[1]?.kind).toBe('Service');
  });

  it('reads an empty text like readManifest', async () => {
    const parsed = await expectSameAsWhole('', 'empty');
    expect(parsed.documents).toEqual([]);
    expect(parsed.syntaxErrors).toEqual([]);
  });

  it('reads a text of comments only like readManifest', async () => {
    await expectSameAsWhole('# only a comment\n# and another\n', 'comments');
    await expectSameAsWhole('# no newline at the end', 'comment without newline');
    await expectSameAsWhole('\n\n   \n', 'blank lines');
  });

  it('reads %YAML directives and `...` document ends like readManifest', async () => {
    const parsed = await expectSameAsWhole(DIRECTIVES, 'directives');
    expect(parsed.documents.map((doc) => doc.name)).toEqual(['one', 'two']);
    expect(parsed.syntaxErrors).toEqual([]);
    await expectSameAsWhole(`${EXAMPLE_MANIFEST}...\n# trailing comment\n`, 'end marker');
    await expectSameAsWhole('---\n---\n---\n', 'empty documents');
  });

  it('pauses more than once for a text of several documents', async () => {
    const text = [EXAMPLE_MANIFEST, EXAMPLE_MANIFEST.replace(/server/g, 'other')].join('---\n');
    const { slicer, pauses } = everyStepSlicer();
    const parsed = await readManifestInSlices(text, slicer);
    expect(parsed.documents).toHaveLength(6);
    expect(pauses()).toBeGreaterThan(1);
    expect(pauses()).toBe(6);
  });

  it('gives the thread back: the read is not over before the first pause resolves', async () => {
    const text = `${EXAMPLE_MANIFEST}---\nkind: ConfigMap\n# waits for each pause\n`;
    let resume: (() => void) | undefined;
    let pauses = 0;
    const slicer = timeSlicer(() => {
      pauses++;
      return new Promise<void>((resolve) => {
        resume = resolve;
      });
    }, 0);
    let done = false;
    const reading = readManifestInSlices(text, slicer).then((parsed) => {
      done = true;
      return parsed;
    });
    for (let step = 0; step < 4; step++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(done).toBe(false);
      expect(pauses).toBe(step + 1);
      resume?.();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(true);
    expect(snapshot(await reading)).toEqual(snapshot(readManifest(text)));
  });

  it('is remembered: parseManifest of the same text then gives the very same parse', async () => {
    const text = `${EXAMPLE_MANIFEST}# remembered\n`;
    const { slicer } = everyStepSlicer();
    const sliced = await readManifestInSlices(text, slicer);
    expect(parseManifest(text)).toBe(sliced);
    expect(parseManifest(text)).toBe(sliced);
  });

  it('gives a parse remembered before without reading the text again', async () => {
    const text = `${EXAMPLE_MANIFEST}# parsed before\n`;
    const parsed = parseManifest(text);
    const { slicer, pauses } = everyStepSlicer();
    expect(await readManifestInSlices(text, slicer)).toBe(parsed);
    expect(pauses()).toBe(0);
    // And one read in slices before, too.
    const again = everyStepSlicer();
    expect(await readManifestInSlices(text, again.slicer)).toBe(parsed);
    expect(again.pauses()).toBe(0);
  });

  it('reads the whole text of an edited one (no one-document re-read in slices)', async () => {
    const before = `${EXAMPLE_MANIFEST}# before the edit\n`;
    parseManifest(before);
    const after = before.replace('replicas: 1', 'replicas: 2');
    const { slicer, pauses } = everyStepSlicer();
    const parsed = await readManifestInSlices(after, slicer);
    expect(pauses()).toBe(3);
    expect(snapshot(parsed)).toEqual(snapshot(readManifest(after)));
    expect(parseManifest(after)).toBe(parsed);
  });
});

describeCorpus('readManifestInSlices over the corpus', () => {
  it('reads every corpus file like readManifest', async () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const file of files) {
      // The same text twice would be the remembered parse the second time (no pauses).
      const text = seen.has(file.text) ? `${file.text}\n# again: ${file.name}\n` : file.text;
      seen.add(text);
      await expectSameAsWhole(text, file.name);
    }
  });
});
