/**
 * The repository-ready export: the manifest split into files, a `kustomization.yaml` that lists
 * them, and for Okteto an `okteto.yaml` that deploys them, in one ZIP. The same manifest always
 * gives the same bytes (fixed dates and attributes), so a ZIP can be compared or committed.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LinkGraph } from '../links/types';
import type { ProfileId } from '../profiles/types';
import { parseManifest } from '../yaml/parse';
import { KUSTOMIZATION_FILE_NAME, kustomization } from './kustomization';
import { OKTETO_FILE_NAME, oktetoManifest } from './okteto';
import { splitManifest } from './split';

export const EXPORT_ZIP_FILE_NAME = 'kubewire-manifests.zip';

/** A file of the export: a name in the ZIP's root and its text. */
export interface ExportedFile {
  name: string;
  text: string;
}

/**
 * Every file of the export, in the order of the ZIP: the manifest's own files (in the order
 * of their first object in the text), `kustomization.yaml`, then `okteto.yaml` for Okteto.
 */
export function exportFiles(
  text: string,
  profile: ProfileId | undefined,
  graph?: LinkGraph,
): ExportedFile[] {
  const parsed = parseManifest(text);
  const files: ExportedFile[] = splitManifest(parsed, graph).map(({ name, text: own }) => ({
    name,
    text: own,
  }));
  files.push({ name: KUSTOMIZATION_FILE_NAME, text: kustomization(files.map((f) => f.name)) });
  if (profile === 'okteto-nginx')
    files.push({ name: OKTETO_FILE_NAME, text: oktetoManifest(text) });
  return files;
}

/**
 * DOS dates have no time zone: fflate reads the local fields of the Date, so a Date made from
 * local fields gives the same bytes everywhere. 1980-01-01 is the first date a ZIP can hold.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** "Made by Unix", a regular file with mode 0644: what unzip then gives the files. */
const UNIX = 3;
const REGULAR_FILE_0644 = 0o100644 * 0x10000;

/** The export as ZIP bytes. */
export function exportZip(
  text: string,
  profile: ProfileId | undefined,
  graph?: LinkGraph,
): Uint8Array {
  const entries: Zippable = {};
  for (const file of exportFiles(text, profile, graph)) {
    entries[file.name] = [
      strToU8(file.text),
      { mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_0644, level: 9 },
    ];
  }
  return zipSync(entries, { mtime: FIXED_MTIME });
}
