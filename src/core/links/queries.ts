/**
 * Reading a resolved graph, for the link rules: the broken links of one kind, the value at the
 * far end of a link, and the "use the near name" quick fix. The rules read the graph through
 * these and never resolve again.
 */
import { setField } from '../model/commands';
import { getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { QuickFix } from '../rules/types';
import type { Link, LinkEnd, LinkGraph, LinkKind } from './types';

/** The object of a document, for rules that read the other side of a link. */
export function objectAt(
  objects: readonly ManifestObject[],
  doc: number,
): ManifestObject | undefined {
  return objects.find((object) => object.doc === doc);
}

/** The value at the far end of a link (a Service port item, a container port, labels). */
export function valueAt(objects: readonly ManifestObject[], end: LinkEnd): unknown {
  return getPath(objectAt(objects, end.doc)?.object, end.path);
}

/** The broken links of one kind: what each link rule reports. */
export function brokenLinks(graph: LinkGraph, kind: LinkKind): Link[] {
  return graph.links.filter((link) => link.kind === kind && link.state === 'broken');
}

/** "Use Service `server`": renames a reference to the near name the resolver found. */
export function renameToNearest(graph: LinkGraph, link: Link, what: string): QuickFix | undefined {
  const nearest = link.nearest;
  if (nearest === null || nearest.path.length > 0) return undefined;
  const name = graph.objects.find((object) => object.doc === nearest.doc)?.name;
  // The same name in another namespace is not a typo: renaming would change nothing.
  if (name === null || name === undefined || name === link.value) return undefined;
  return {
    title: `Use ${what} \`${name}\``,
    commands: setField(link.from.doc, link.from.path, name),
  };
}
