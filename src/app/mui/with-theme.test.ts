import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');
/** The theme's own files: they make it, and draw nothing. */
const THEME_FILES = new Set(['app/theme.ts', 'app/mui/create-theme.ts', 'app/mui/with-theme.tsx']);

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [relative(SRC, path)]
      : [];
  });
}

const read = (file: string) => readFileSync(join(SRC, file), 'utf8');
const drawsMui = (file: string) => /from '@mui\/(material|icons-material)[/']/.test(read(file));

/** The source files `file` imports (static or dynamic), by their path under src/. */
function importsOf(file: string, all: ReadonlySet<string>): string[] {
  const found = [...read(file).matchAll(/(?:from |import\()'(\.{1,2}\/[^']+)'/g)];
  return found.flatMap((match) => {
    const base = relative(SRC, resolve(SRC, dirname(file), match[1] ?? ''));
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].filter((path) => all.has(path));
  });
}

/**
 * The files that draw MUI without being inside the theme: each must export its components
 * through `withMuiTheme`, or be imported only by files that draw MUI inside it.
 */
function unthemed(): string[] {
  const all = new Set(sources());
  const importers = new Map<string, string[]>();
  for (const file of all)
    for (const target of importsOf(file, all))
      importers.set(target, [...(importers.get(target) ?? []), file]);
  const themed = (file: string, seen: Set<string>): boolean => {
    if (read(file).includes('withMuiTheme(')) return true;
    if (seen.has(file)) return false;
    seen.add(file);
    const by = importers.get(file) ?? [];
    return by.length > 0 && by.every((importer) => drawsMui(importer) && themed(importer, seen));
  };
  return [...all].filter(
    (file) => !THEME_FILES.has(file) && drawsMui(file) && !themed(file, new Set()),
  );
}

describe('MUI components', () => {
  it('are drawn only inside the app theme (the first view has no theme)', () => {
    expect(unthemed()).toEqual([]);
  });

  it('finds the MUI modules and what imports them', () => {
    const all = new Set(sources());
    expect([...all].filter(drawsMui)).toEqual(
      expect.arrayContaining([
        'features/export/CommandLine.tsx',
        'features/share/ShareLinkDialog.tsx',
      ]),
    );
    // CommandLine is themed through the dialog that imports it, not by itself.
    expect(read('features/export/CommandLine.tsx')).not.toContain('withMuiTheme(');
    expect(importsOf('features/export/ChecksDialogBody.tsx', all)).toContain(
      'features/export/CommandLine.tsx',
    );
  });
});
