import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './check-files';

/** Larger files are refused: no manifest is that big, and the parser would take seconds. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const MANIFEST_EXTENSION = /\.ya?ml$/i;

export type ReadResult = { ok: true; files: SourceFile[] } | { ok: false; error: string };

class InputError extends Error {}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file or directory';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}

function decode(name: string, bytes: Buffer): string {
  // A NUL byte never occurs in YAML text; it is the surest sign of an image or an archive.
  if (bytes.includes(0)) throw new InputError(`${name} is a binary file, not YAML text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text`);
  }
}

function readOne(name: string, size: number): SourceFile {
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`${name} is larger than 10 MB (${size} bytes): not a manifest`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(name);
  } catch (error) {
    throw new InputError(`cannot read ${name}: ${reason(error)}`);
  }
  return { name, text: decode(name, bytes) };
}

/**
 * The *.yaml and *.yml files under a directory, in a stable (sorted) order. Hidden folders
 * (.git) and node_modules are skipped; `seen` stops symbolic-link loops.
 */
function listManifests(directory: string, seen: Set<string>): string[] {
  const real = realpathSync(directory);
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch (error) {
    throw new InputError(`cannot read ${directory}: ${reason(error)}`);
  }
  for (const entry of entries) {
    const path = join(directory, entry);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling link inside a folder is not the user's input
    }
    if (stats.isDirectory()) {
      if (!entry.startsWith('.') && entry !== 'node_modules') {
        found.push(...listManifests(path, seen));
      }
    } else if (stats.isFile() && MANIFEST_EXTENSION.test(entry)) found.push(path);
  }
  return found;
}

function expand(path: string, seenDirectories: Set<string>): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  }
  if (stats.isDirectory()) {
    // Named twice, or inside a folder already named: its files are already in.
    if (seenDirectories.has(realpathSync(path))) return [];
    const found = listManifests(path, seenDirectories);
    if (found.length === 0) throw new InputError(`${path} has no .yaml or .yml files`);
    return found;
  }
  if (!stats.isFile()) throw new InputError(`${path} is not a regular file`);
  return [path];
}

/**
 * Reads the paths of the command line: files as given, directories searched for manifests.
 * A file named twice (`k8s/ k8s/app.yaml`) is read once, or its objects would all be reported
 * as duplicates of themselves.
 */
export function readInputs(paths: readonly string[]): ReadResult {
  try {
    const files: SourceFile[] = [];
    const seenFiles = new Set<string>();
    const seenDirectories = new Set<string>();
    for (const path of paths) {
      for (const name of expand(path, seenDirectories)) {
        const real = realpathSync(name);
        if (seenFiles.has(real)) continue;
        seenFiles.add(real);
        files.push(readOne(name, statSync(name).size));
      }
    }
    return { ok: true, files };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: error.message };
    return { ok: false, error: reason(error) };
  }
}
