/**
 * Which fields point at which object, read from the link graph (never matched again here: the
 * resolver owns namespaces, names, numbers and protocols). Renames and removals ask this
 * module, so they agree with the diagnostics about what is a reference.
 */
import { namespaceOf } from '../links/objects';
import { resolveLinks } from '../links/resolve';
import { LINK_TABLE } from '../links/table';
import type { Link, LinkGraph, LinkKind } from '../links/types';
import { manifestObjects, type ManifestObject } from '../rules/context';
import type { Path } from '../yaml/edit';
import type { ParsedManifest } from '../yaml/parse';

/** One field that refers to an object (or to an item inside it). */
export interface Reference {
  /** The referring document and the field that holds the name or number. */
  doc: number;
  path: Path;
  /** The referring object, as a beginner reads it: `Ingress ingress`. */
  kind: string;
  name: string | undefined;
  namespace: string | null;
  /**
   * What kind of link the field is; `app-protocols` is GKE's annotation mapping Service port
   * names to protocols, which is not a link of the table but breaks the same way.
   */
  link: LinkKind | 'app-protocols';
  /** The value written in the field. */
  value: string;
}

export interface ManifestLinks {
  objects: ManifestObject[];
  graph: LinkGraph;
}

const GATEWAY_GROUP = 'gateway.networking.k8s.io/';
const ROUTE_ALIAS = { kind: 'GRPCRoute', apiVersion: 'gateway.networking.k8s.io/v1' };

/**
 * HTTPRoute's parentRefs and backendRefs have exactly GRPCRoute's shape and semantics (both
 * are Gateway API routes), but the link table only checks GRPCRoute. For finding references,
 * an HTTPRoute is resolved as if it were one; the objects handed back keep their real kind.
 */
function asLinkedObject(object: ManifestObject): ManifestObject {
  const gatewayApi = object.apiVersion?.startsWith(GATEWAY_GROUP) === true;
  return object.kind === 'HTTPRoute' && gatewayApi ? { ...object, ...ROUTE_ALIAS } : object;
}

/** The objects of a manifest and their link graph, HTTPRoutes included. */
export function manifestLinks(parsed: ParsedManifest): ManifestLinks {
  const objects = manifestObjects(parsed);
  return { objects, graph: resolveLinks(objects.map(asLinkedObject)) };
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** The resolved links that end exactly at `path` of document `doc` (`[]`: the object). */
export function linksTo(graph: LinkGraph, doc: number, path: Path): Link[] {
  return graph.links.filter(
    (link) => link.to !== null && link.to.doc === doc && samePath(link.to.path, path),
  );
}

export function toReference(objects: readonly ManifestObject[], link: Link): Reference {
  const object = objects.find((item) => item.doc === link.from.doc);
  return {
    doc: link.from.doc,
    path: link.from.path,
    kind: object?.kind ?? 'Object',
    name: object?.name,
    namespace: object ? namespaceOf(object) : null,
    link: link.kind,
    value: link.value,
  };
}

/** Whether a link kind names its target object by `metadata.name`. */
export function isByName(kind: LinkKind): boolean {
  return LINK_TABLE[kind].match === 'object-name';
}
