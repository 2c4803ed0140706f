import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/model/example';
import { parseManifest } from '../core/yaml/parse';
import { checkManifest } from '../core/rules/run';
import { detectProfile } from '../core/profiles/detect';
import type { Diagnostic } from '../core/rules/types';
import { checkFiles, combineFiles, mapDiagnostics, type SourceFile } from './check-files';

/** A duplicate key: a yaml-syntax error at a place we know, whatever other rules exist. */
const DUPLICATE_KEY_ON_LINE_4 = 'a: 1\nm:\n  x: 1\n  x: 2\n';

function syntaxErrors(files: SourceFile[]) {
  return checkFiles(files)
    .diagnostics.filter((item) => item.diagnostic.ruleId === 'yaml-syntax')
    .map(({ file, start }) => ({ file, line: start.line, column: start.column }));
}

describe('combineFiles', () => {
  it('keeps a single file byte for byte, so the CLI sees what the browser sees', () => {
    expect(combineFiles([{ name: 'a.yaml', text: EXAMPLE_MANIFEST }]).text).toBe(EXAMPLE_MANIFEST);
  });

  it('adds a line break where one is missing and one separator between files', () => {
    const combined = combineFiles([
      { name: 'a', text: 'a: 1' },
      { name: 'b', text: 'b: 2\n' },
      { name: 'c', text: '' },
      { name: 'd', text: 'd: 4' },
    ]);
    expect(combined.text).toBe('a: 1\n---\nb: 2\n---\n---\nd: 4');
    expect(combined.files.map((span) => [span.start, span.startLine])).toEqual([
      [0, 1],
      [9, 3],
      [18, 5],
      [22, 6],
    ]);
  });

  it('ends the previous document with ... before a file that opens with a directive', () => {
    const combined = combineFiles([
      { name: 'a', text: 'a: 1\n' },
      { name: 'b', text: '%YAML 1.2\n---\nb: 2\n' },
    ]);
    expect(combined.text).toBe('a: 1\n...\n%YAML 1.2\n---\nb: 2\n');
    expect(parseManifest(combined.text).syntaxErrors).toEqual([]);
  });

  it('drops a byte order mark, which editors do not count as a column', () => {
    expect(combineFiles([{ name: 'a', text: '\uFEFFa: 1\n' }]).text).toBe('a: 1\n');
  });
});

describe('checkFiles: positions in each file', () => {
  it('reports a problem on line 4 of the second file as line 4 there', () => {
    expect(
      syntaxErrors([
        { name: 'first.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' },
        { name: 'second.yaml', text: DUPLICATE_KEY_ON_LINE_4 },
      ]),
    ).toEqual([{ file: 'second.yaml', line: 4, column: 3 }]);
  });

  it.each([
    ['CRLF line ends', 'a: 1\r\nm:\r\n  x: 1\r\n  x: 2\r\n'],
    ['a leading ---', `---\n${DUPLICATE_KEY_ON_LINE_4.replace('a: 1\n', '')}`],
    ['comments', DUPLICATE_KEY_ON_LINE_4.replace('a: 1\n', '# a: 1 # not a key\n')],
    ['no trailing line break', DUPLICATE_KEY_ON_LINE_4.trimEnd()],
    ['a byte order mark', `\uFEFF${DUPLICATE_KEY_ON_LINE_4}`],
  ])('is exact in a file with %s, wherever the file comes', (_label, text) => {
    const others = [
      { name: 'crlf.yaml', text: 'kind: A\r\nmetadata:\r\n  name: a\r\n' },
      { name: 'open.yaml', text: '---\nkind: B\nmetadata:\n  name: b' },
      { name: 'empty.yaml', text: '' },
    ];
    for (let position = 0; position <= others.length; position++) {
      const files = [...others];
      files.splice(position, 0, { name: 'target.yaml', text });
      expect(syntaxErrors(files)).toEqual([{ file: 'target.yaml', line: 4, column: 3 }]);
    }
  });

  it('accepts empty files: no objects, no problems', () => {
    expect(
      checkFiles([
        { name: 'a', text: '' },
        { name: 'b', text: '' },
      ]).diagnostics,
    ).toEqual([]);
  });

  it('gives the same diagnostics for the example split into files as for one file', () => {
    // Broken on purpose (a Service name nobody points at, a duplicate key) so that the
    // catalogue has something to say, whichever rules it holds today.
    const broken = EXAMPLE_MANIFEST.replace(
      'name: server\n  labels',
      'name: srv\n  labels',
    ).replace('kind: Deployment\n', 'kind: Deployment\nkind: Deployment\n');
    for (const text of [broken, broken.replace(/\n/g, '\r\n')]) {
      const whole = checkFiles([{ name: 'all.yaml', text }]).diagnostics;
      const parts = text.split(/^---\r?\n/m);
      // Line of the whole text each part starts on: the lines of the parts before it, plus
      // one separator line per part before it.
      const firstLines = parts.map(
        (_part, index) =>
          1 +
          index +
          parts.slice(0, index).reduce((sum, part) => sum + part.split('\n').length - 1, 0),
      );
      const split = checkFiles(parts.map((part, index) => ({ name: `${index}.yaml`, text: part })));
      expect(whole.length).toBeGreaterThan(0);
      expect(
        split.diagnostics.map((item) => [item.diagnostic.ruleId, item.diagnostic.message]),
      ).toEqual(whole.map((item) => [item.diagnostic.ruleId, item.diagnostic.message]));
      split.diagnostics.forEach((item, index) => {
        const fileIndex = Number(item.file.replace('.yaml', ''));
        const original = whole[index];
        expect(item.start.line + (firstLines[fileIndex] ?? 0) - 1).toBe(original?.start.line);
        expect(item.start.column).toBe(original?.start.column);
        expect(item.end.column).toBe(original?.end.column);
      });
    }
  });
});

describe('checkFiles: the separators it adds', () => {
  it('reports an error noticed on a separator in the file that has the mistake', () => {
    // The unclosed flow map is only noticed at the `---` we add after the file.
    const result = checkFiles([
      { name: 'a.yaml', text: 'a: 1\nb: {\n' },
      { name: 'b.yaml', text: 'c: 3\n' },
    ]);
    const errors = result.diagnostics.filter((item) => item.diagnostic.ruleId === 'yaml-syntax');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.file).toBe('a.yaml');
      expect(error.start.line).toBeLessThanOrEqual(3);
    }
  });

  it('keeps an unclosed quote in its own file, though it swallows the next one', () => {
    const errors = syntaxErrors([
      { name: 'a.yaml', text: 'a: "x\n' },
      { name: 'b.yaml', text: 'b: 1\nc: 2\nd: 3\n' },
    ]);
    expect(errors.map((error) => error.file)).toEqual(['a.yaml']);
    expect(errors[0]?.line).toBe(2);
  });

  describe('mapDiagnostics', () => {
    const combined = combineFiles([
      { name: 'a.yaml', text: 'a: 1\n' },
      { name: 'empty.yaml', text: '' },
      { name: 'b.yaml', text: 'b: 2\n' },
    ]);
    const manifest = parseManifest(combined.text);
    // 'a: 1\n' + '---\n' + '' + '---\n' + 'b: 2\n': documents a, an empty one made only of
    // our separator, and b (which starts with our second separator).
    const at = (doc: number, from: number, to: number): Diagnostic => ({
      ruleId: 'schema',
      severity: 'error',
      message: 'test',
      doc,
      path: [],
      kind: null,
      name: null,
      namespace: null,
      range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 }, offset: [from, to] },
    });

    it('has the documents this test assumes', () => {
      expect(manifest.documents.map((document) => document.range)).toEqual([
        [0, 5],
        [5, 8],
        [9, 18],
      ]);
    });

    it('drops a diagnostic about a document made only of added separators', () => {
      expect(mapDiagnostics(combined, manifest, [at(1, 5, 8)])).toEqual([]);
    });

    it('moves a diagnostic on the separator opening a document to the start of its file', () => {
      const [item] = mapDiagnostics(combined, manifest, [at(2, 9, 12)]);
      expect(item?.file).toBe('b.yaml');
      expect(item?.start).toEqual({ line: 1, column: 1 });
      expect(item?.end).toEqual({ line: 1, column: 1 });
    });

    it('moves a diagnostic on the separator closing a document to the end of its file', () => {
      const [item] = mapDiagnostics(combined, manifest, [at(0, 6, 8)]);
      expect(item?.file).toBe('a.yaml');
      expect(item?.start).toEqual({ line: 2, column: 1 });
    });

    it('puts diagnostics in file order', () => {
      const items = mapDiagnostics(combined, manifest, [at(2, 16, 17), at(0, 0, 1)]);
      expect(items.map((item) => [item.file, item.start.column])).toEqual([
        ['a.yaml', 1],
        ['b.yaml', 4],
      ]);
    });
  });
});

describe('checkFiles and the profile', () => {
  it('reads the profile from the manifest as the browser does, before any --profile', () => {
    // No class, but Okteto's generate-host: the browser's profile control shows Okteto, and the
    // rules know the cluster's default class (nginx) serves it.
    const unclassed = EXAMPLE_MANIFEST.replace('  ingressClassName: nginx\n', '');
    expect(unclassed).not.toBe(EXAMPLE_MANIFEST);
    const ids = (profile?: 'traefik') =>
      checkFiles([{ name: 'a.yaml', text: unclassed }], { profile }).diagnostics.map(
        (item) => item.diagnostic.ruleId,
      );
    const detected = ids();
    const parsed = parseManifest(unclassed);
    expect(detected).toEqual(
      checkManifest(parsed, { profile: detectProfile(parsed) }).diagnostics.map((d) => d.ruleId),
    );
    expect(detectProfile(parsed)).toBe('okteto-nginx');
    // Without the profile the missing class would be an error; with it, it is not.
    const blind = checkManifest(parsed).diagnostics.map((d) => d.ruleId);
    expect(blind).toContain('ingress-class-missing');
    expect(detected).not.toContain('ingress-class-missing');
    expect(ids('traefik')).toEqual(detected);
  });
});
