import { readIncomingFile, type IncomingFile, MAX_FILE_BYTES } from '../../core';

/** Reads files chosen or dropped by the user; an oversized one is refused before it is read. */
export async function readFiles(files: Iterable<File>): Promise<IncomingFile[]> {
  const result: IncomingFile[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      result.push({ ok: false, name: file.name, problem: 'too-large', bytes: file.size });
      continue;
    }
    result.push(readIncomingFile(file.name, new Uint8Array(await file.arrayBuffer())));
  }
  return result;
}
