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

/**
 * A lookup built once per list and kept while the list lives: rules ask for the object of a
 * document, or the links of one, once per link or backend, and a search of the whole list each
 * time made a check of 1,000 objects quadratic (one rule took 100 ms).
 */
export function indexed<K extends object, V>(
  cache: WeakMap<K, V>,
  key: K,
  build: (key: K) => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build(key);
    cache.set(key, value);
  }
  return value;
}

const objectsByDoc = new WeakMap<readonly ManifestObject[], Map<number, ManifestObject>>();

/** The object of a document, for rules that read the other side of a link. */
export function objectAt(
  objects: readonly ManifestObject[],
  doc: number,
): ManifestObject | undefined {
  return indexed(objectsByDoc, objects, (list) => {
    const byDoc = new Map<number, ManifestObject>();
    // The first object of a document, as `find` would give.
    for (const object of list) if (!byDoc.has(object.doc)) byDoc.set(object.doc, object);
    return byDoc;
  }).get(doc);
}

const linksByDoc = new WeakMap<LinkGraph, Map<number, Link[]>>();

/** The links whose source field is in document `doc`, in graph order. */
export function linksFrom(graph: LinkGraph, doc: number): readonly Link[] {
  return (
    indexed(linksByDoc, graph, ({ links }) => {
      const byDoc = new Map<number, Link[]>();
      for (const link of links) {
        const list = byDoc.get(link.from.doc);
        if (list) list.push(link);
        else byDoc.set(link.from.doc, [link]);
      }
      return byDoc;
    }).get(doc) ?? []
  );
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
