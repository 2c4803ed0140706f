/**
 * What breaks when an object is removed, for the confirmation ("Ingress ingress still sends
 * / to Service server"). Read from the link graph: every field of another object whose link
 * resolves to the object and to nothing else.
 */
import { LINK_TABLE } from '../links/table';
import type { Link } from '../links/types';
import type { ParsedManifest } from '../yaml/parse';
import { manifestLinks, toReference, type Reference } from './references';

function fromKey(link: Link): string {
  return JSON.stringify([link.from.doc, link.from.path]);
}

/** The references to object `doc` that would be broken if it were removed. */
export function dependentsOf(parsed: ParsedManifest, doc: number): Reference[] {
  const { objects, graph } = manifestLinks(parsed);
  const resolved = graph.links.filter((link) => link.to !== null);
  // A selector that also selects another workload keeps working without this one.
  const reachesOther = new Set(
    resolved.filter((link) => link.to?.doc !== doc).map((link) => fromKey(link)),
  );
  const seen = new Set<string>();
  return resolved
    .filter((link) => {
      const key = fromKey(link);
      // A link that needs another (a backend's port needs its Service) breaks with that one,
      // which is listed already: one entry per thing that breaks.
      const listed = LINK_TABLE[link.kind].requires !== undefined;
      if (link.to?.doc !== doc || link.from.doc === doc || listed || reachesOther.has(key))
        return false;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((link) => toReference(objects, link));
}
