/**
 * Renaming a port together with the fields that name it. A Service port is named by Ingress
 * backends (`service.port.name`; GRPCRoute backendRefs use numbers) and by GKE's
 * app-protocols annotation on the Service itself; a container port by the `targetPort` of the
 * Services that select its pod and by its own container's httpGet/tcpSocket probes. As for
 * objects, a reference is a link the resolver resolved to this very port.
 *
 * When a Service selects two workloads that both name a port `grpc`, its targetPort reaches
 * both: renaming one of them and the targetPort breaks the other. `service-selector-ambiguous`
 * already warns about such a Service.
 */
import { namespaceOf } from '../links/objects';
import { getPath, isRecord } from '../model/read';
import { GKE_APP_PROTOCOLS, GKE_APP_PROTOCOLS_LEGACY } from '../profiles/controller';
import type { EditCommand, Path } from '../yaml/edit';
import type { ManifestObject } from '../rules/context';
import type { ManifestDocument, ParsedManifest } from '../yaml/parse';
import { linksTo, manifestLinks, toReference, type Reference } from './references';

/** The port item: `['spec','ports',i]` or `[...container,'ports',p]`, also given with `'name'`. */
function portItem(portPath: Path): Path {
  return portPath[portPath.length - 1] === 'name' ? portPath.slice(0, -1) : portPath;
}

function currentName(document: ManifestDocument | undefined, item: Path): string | undefined {
  const name = getPath(document?.object, [...item, 'name']);
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** The native gRPC probe takes only a number; a name there is already an error of its own. */
function isGrpcProbe(path: Path): boolean {
  return path[path.length - 2] === 'grpc';
}

function keyPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`"${escaped}"(\\s*:)`);
}

/** GKE's annotations that map a Service's port names to protocols, which name this port. */
function appProtocolReferences(
  service: ManifestObject | undefined,
  item: Path,
  name: string,
): Reference[] {
  const isServicePort = item.length === 3 && item[0] === 'spec' && item[1] === 'ports';
  if (!service || !isServicePort || service.kind !== 'Service') return [];
  return [GKE_APP_PROTOCOLS, GKE_APP_PROTOCOLS_LEGACY].flatMap((key): Reference[] => {
    const path = ['metadata', 'annotations', key];
    const value = getPath(service.object, path);
    if (typeof value !== 'string' || !keyPattern(name).test(value)) return [];
    const { doc, name: serviceName } = service;
    const namespace = namespaceOf(service);
    return [
      { doc, path, kind: 'Service', name: serviceName, namespace, link: 'app-protocols', value },
    ];
  });
}

/** The fields that name the port at `portPath` of document `doc`. */
export function portReferencesTo(parsed: ParsedManifest, doc: number, portPath: Path): Reference[] {
  const document = parsed.documents[doc];
  const item = portItem(portPath);
  const name = currentName(document, item);
  if (!document || name === undefined) return [];
  const { objects, graph } = manifestLinks(parsed);
  const linked = linksTo(graph, doc, item)
    .filter((link) => {
      const written = getPath(parsed.documents[link.from.doc]?.object, link.from.path);
      // Numbers keep working after a rename; only the fields that spell the name change.
      return written === name && !isGrpcProbe(link.from.path);
    })
    .map((link) => toReference(objects, link));
  const service = objects.find((object) => object.doc === doc);
  return [...linked, ...appProtocolReferences(service, item, name)];
}

/**
 * The commands that rename the port at `portPath` of document `doc` to `newName` and update
 * every field that names it. Empty when there is no such port or it already has that name.
 */
export function renamePortReferences(
  parsed: ParsedManifest,
  doc: number,
  portPath: Path,
  newName: string,
): EditCommand[] {
  const document = parsed.documents[doc];
  const item = portItem(portPath);
  if (!document || document.hasSyntaxErrors || !isRecord(getPath(document.object, item))) return [];
  const name = currentName(document, item);
  if (name === newName) return [];
  const commands: EditCommand[] = [{ type: 'set', doc, path: [...item, 'name'], value: newName }];
  // A port that had no name has no references by name.
  if (name === undefined) return commands;
  for (const reference of portReferencesTo(parsed, doc, item)) {
    const value =
      reference.link === 'app-protocols'
        ? reference.value.replace(keyPattern(name), `${JSON.stringify(newName)}$1`)
        : newName;
    commands.push({ type: 'set', doc: reference.doc, path: reference.path, value });
  }
  return commands;
}
