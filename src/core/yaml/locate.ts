import type { Node } from 'yaml';
import type { Path } from './edit';
import { positionAt, type ManifestDocument, type ParsedManifest } from './parse';
import { unshiftedContents } from './lazy-document';
import { walk } from './walk';

export interface Located {
  start: { line: number; column: number };
  end: { line: number; column: number };
  offset: readonly [number, number];
}

/**
 * Where a field is in the text. When the path does not exist (a missing field), it points at
 * the deepest part that does: the key of the nearest existing parent, or the document.
 */
export function locate(
  manifest: ParsedManifest,
  document: ManifestDocument,
  path: Path,
  atKey = false,
): Located {
  // A document that only moved is read where it was, and the distance added (no copy made).
  const { contents, shift } = unshiftedContents(document);
  const steps = walk({ contents }, path);
  const reachedAll = steps.length - 1 === path.length;
  let range: readonly [number, number] | undefined;
  for (let i = steps.length - 1; i >= 0 && range === undefined; i--) {
    const step = steps[i];
    const key = step?.pair?.key as Node | null | undefined;
    const node = step?.node;
    const pointAtKey = key?.range && (atKey || !reachedAll || i < steps.length - 1 || !node?.range);
    if (pointAtKey && key.range) range = [key.range[0], key.range[1]];
    else if (node?.range && node.range[1] > node.range[0]) range = [node.range[0], node.range[1]];
    else if (key?.range) range = [key.range[0], key.range[1]];
  }
  const [from, to] = range
    ? [range[0] + shift, range[1] + shift]
    : [document.range[0], document.range[0]];
  // Block collections end after their last line break; a range should end on its last line.
  let end = to;
  while (end > from && /\s/.test(manifest.text[end - 1] ?? '')) end--;
  return {
    start: positionAt(manifest.lineCounter, from),
    end: positionAt(manifest.lineCounter, end),
    offset: [from, end],
  };
}
