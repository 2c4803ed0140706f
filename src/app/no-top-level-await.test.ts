import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** The page's source files: everything under src/ but the CLI (Node, not bundled) and tests. */
function pageSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : pageSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Line numbers of the `await`s (and `for await`s) not inside any function. */
function topLevelAwaits(file: string): number[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    const isAwait =
      ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier !== undefined);
    if (isAwait) lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

describe('the page’s modules', () => {
  it('have no top-level await: the first view is one chunk that lazy chunks import from, and a chunk waiting at its top level for one of them would never finish loading', () => {
    const files = pageSources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      topLevelAwaits(file).map((line) => `${relative(SRC, file)}:${String(line)}`),
    );
    expect(found).toEqual([]);
  });

  it('are scanned for it, `for await` included', () => {
    const sample = join(SRC, 'cli', 'main.ts');
    expect(topLevelAwaits(sample).length).toBeGreaterThan(0);
  });
});
