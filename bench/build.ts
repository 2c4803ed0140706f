/** Builds the production bundle into bench/.dist/app and describes its chunks. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface ChunkInfo {
  file: string;
  /** Loaded by index.html itself (entry and its static imports) or only later. */
  initial: boolean;
  bytes: number;
  /** The CSS files this chunk loads with it. */
  css: string[];
  /** The biggest source modules in the chunk, by rendered length (before minification). */
  topModules: { id: string; bytes: number }[];
}

export interface BuildInfo {
  outDir: string;
  totalBytes: number;
  totalGzipBytes: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
  chunks: ChunkInfo[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
    ),
  );
  return nested.flat();
}

/** Shortens a module id to its package or its path under the repository. */
function moduleName(id: string, root: string): string {
  const at = id.lastIndexOf('node_modules/');
  if (at !== -1) {
    const rest = id.slice(at + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? id);
  }
  return relative(root, id.replace(/\?.*$/, '').replace(/^\0/, ''));
}

export async function buildApp(root: string, outDir: string): Promise<BuildInfo> {
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks: ChunkInfo[] = [];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const all = output.output.flatMap((item) => (item.type === 'chunk' ? [item] : []));
    // The initial chunks: the entry and, transitively, what it imports statically.
    const initial = new Set<string>();
    const visit = (file: string) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const next of all.find((chunk) => chunk.fileName === file)?.imports ?? []) visit(next);
    };
    for (const chunk of all) if (chunk.isEntry) visit(chunk.fileName);
    for (const chunk of all) {
      const byName = new Map<string, number>();
      for (const [id, info] of Object.entries(chunk.modules)) {
        const name = moduleName(id, root);
        byName.set(name, (byName.get(name) ?? 0) + info.renderedLength);
      }
      chunks.push({
        file: chunk.fileName,
        initial: initial.has(chunk.fileName),
        bytes: Buffer.byteLength(chunk.code),
        css: [
          ...((chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata
            ?.importedCss ?? []),
        ],
        topModules: [...byName]
          .map(([id, bytes]) => ({ id, bytes }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 8),
      });
    }
  }
  const files = await Promise.all(
    (await walk(outDir)).map(async (path) => {
      const content = await readFile(path);
      return {
        file: relative(outDir, path),
        bytes: (await stat(path)).size,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    }),
  );
  files.sort((a, b) => b.bytes - a.bytes);
  return {
    outDir,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files,
    chunks,
  };
}
