/**
 * Opening a real manifest and downloading it without edits gives back the same bytes: every
 * file of the corpus that parses goes through the path a file takes in the app (bytes → accepted
 * file → manifest text → parse → download) and must come out byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { corpusDir, corpusFiles, describeCorpus } from '../../testing/corpus';
import { parseManifest } from '../yaml/parse';
import { readIncomingFile } from './incoming';
import { combineSources } from './sources';

describeCorpus('open and download without edits', () => {
  it('gives back the same bytes for every corpus file that parses', () => {
    let checked = 0;
    for (const { name } of corpusFiles()) {
      const bytes = readFileSync(join(corpusDir, 'real', name));
      const incoming = readIncomingFile(name, bytes);
      if (!incoming.ok) throw new Error(`${name}: ${incoming.problem}`);
      const text = combineSources([{ name, text: incoming.text }]);
      if (parseManifest(text).syntaxErrors.length > 0) continue;
      expect(Buffer.from(new TextEncoder().encode(text)).equals(bytes), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });
});
