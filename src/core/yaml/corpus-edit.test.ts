/**
 * Edits on real manifests change only the lines of the edited field: every document of every
 * corpus file that parses gets its name changed, a namespace added and a label added, and the
 * rest of the file must stay byte-for-byte.
 */
import { expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { asRecord, isRecord } from '../model/read';
import { applyEdit, type EditCommand } from './edit';
import { parseManifest } from './parse';
import { changedLines } from '../../testing/line-diff';

/** Whether `after` is `before` with at most two spans of text inserted, and nothing else changed. */
function isAtMostTwoInsertions(before: string, after: string): boolean {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const middleBefore = before.slice(prefix, before.length - suffix);
  const middleAfter = after.slice(prefix, after.length - suffix);
  return middleAfter.includes(middleBefore);
}

function edit(text: string, command: EditCommand): string {
  const result = applyEdit(text, command);
  const where = 'path' in command ? command.path.join('.') : '';
  if (!result.ok) throw new Error(`${command.type} ${where}: ${result.reason}`);
  const reparsed = parseManifest(result.text);
  expect(reparsed.syntaxErrors).toEqual([]);
  return result.text;
}

describeCorpus('edit fidelity over the corpus', () => {
  const files = corpusFiles().filter((file) => parseManifest(file.text).syntaxErrors.length === 0);

  it('has parseable files to edit', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('renaming an object changes only its name line', () => {
    let edits = 0;
    for (const file of files) {
      for (const doc of parseManifest(file.text).documents) {
        if (doc.name === undefined) continue;
        const after = edit(file.text, {
          type: 'set',
          doc: doc.index,
          path: ['metadata', 'name'],
          value: `${doc.name}-x`,
        });
        const diff = changedLines(file.text, after);
        expect(diff.removed, file.name).toHaveLength(1);
        expect(diff.added, file.name).toEqual([
          diff.removed[0]?.replace(doc.name, `${doc.name}-x`),
        ]);
        edits++;
      }
    }
    expect(edits).toBeGreaterThan(100);
  });

  it('adding a namespace and a label only adds lines, and the values read back', () => {
    for (const file of files) {
      for (const doc of parseManifest(file.text).documents) {
        const metadata = asRecord(asRecord(doc.object).metadata);
        if (
          !isRecord(doc.object) ||
          !isRecord(asRecord(doc.object).metadata) ||
          metadata.namespace !== undefined
        )
          continue;
        // `labels: {}` is rewritten as a block, which changes its line: not a pure addition.
        if (
          metadata.labels !== undefined &&
          (!isRecord(metadata.labels) || Object.keys(metadata.labels).length === 0)
        )
          continue;
        let after = edit(file.text, {
          type: 'set',
          doc: doc.index,
          path: ['metadata', 'namespace'],
          value: 'kubewire-test',
        });
        after = edit(after, {
          type: 'set',
          doc: doc.index,
          path: ['metadata', 'labels', 'kubewire.dev/test'],
          value: 'yes',
        });
        // Nothing was removed or rewritten: the original is the new text less two inserted spans.
        expect(isAtMostTwoInsertions(file.text, after), file.name).toBe(true);
        const reread = asRecord(parseManifest(after).documents[doc.index]?.object);
        expect(asRecord(reread.metadata).namespace, file.name).toBe('kubewire-test');
        expect(asRecord(asRecord(reread.metadata).labels)['kubewire.dev/test'], file.name).toBe(
          'yes',
        );
      }
    }
  });

  it('parsing and writing back without an edit gives the same bytes', () => {
    for (const file of files) {
      expect(parseManifest(file.text).text).toBe(file.text);
    }
  });
});
