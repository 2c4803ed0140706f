/**
 * The in-place part of a profile switch: the commands that rewrite an Ingress that stays an
 * Ingress (class, annotations, TLS) and the backend Services (Traefik's scheme, GKE's
 * app-protocols map and the port names it needs). Only what differs is written, so a manifest
 * that already suits the profile gets no command at all.
 */
import { readMeta, readService, type Ingress } from '../model/kinds';
import { asStringMap, getPath, isRecord } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { EditCommand, Path } from '../yaml/edit';
import {
  GKE_APP_PROTOCOLS,
  GKE_APP_PROTOCOLS_LEGACY,
  gkeAppProtocols,
  parseAppProtocols,
} from './controller';
import {
  INGRESS_ANNOTATIONS,
  INGRESS_CLASS,
  SERVICE_ANNOTATIONS,
  tlsFor,
  writeTls,
  type IngressProfileId,
  type ManagedAnnotation,
} from './switch-settings';
import type { ProfileId } from './types';

const ANNOTATIONS: Path = ['metadata', 'annotations'];
const TLS: Path = ['spec', 'tls'];

/** A Service port a backend reaches; the index is undefined when the port does not resolve. */
export interface BackendTarget {
  service: ManifestObject;
  portIndex: number | undefined;
}

/** Whether set/delete commands can reach the annotations (a list there would refuse them). */
function annotationsEditable(object: unknown): boolean {
  const metadata = getPath(object, ['metadata']);
  if (metadata === undefined || metadata === null) return true;
  if (!isRecord(metadata)) return false;
  const annotations = metadata.annotations;
  return annotations === undefined || annotations === null || isRecord(annotations);
}

/** Key → value to write, or null to remove, for the annotations a profile manages. */
export function managedValues(
  managed: readonly ManagedAnnotation[],
  profile: ProfileId,
  current: Readonly<Record<string, string>>,
): Map<string, string | null> {
  const wanted = new Map<string, string | null>();
  for (const annotation of managed) {
    if (!annotation.profiles.includes(profile)) wanted.set(annotation.key, null);
    else {
      const value = annotation.want(current[annotation.key]);
      if (value !== undefined) wanted.set(annotation.key, value);
    }
  }
  return wanted;
}

/** Commands that write `wanted` into an object's annotations; an emptied map goes entirely. */
export function annotationCommands(
  doc: number,
  object: unknown,
  wanted: ReadonlyMap<string, string | null>,
): EditCommand[] {
  if (!annotationsEditable(object)) return [];
  const raw = getPath(object, ANNOTATIONS);
  const keys = isRecord(raw) ? Object.keys(raw) : [];
  const current = asStringMap(raw);
  const removed = keys.filter((key) => wanted.get(key) === null);
  const added = [...wanted].filter(
    (entry): entry is [string, string] => entry[1] !== null && current[entry[0]] !== entry[1],
  );
  if (added.length === 0 && removed.length > 0 && removed.length === keys.length) {
    return [{ type: 'delete', doc, path: ANNOTATIONS }];
  }
  return [
    ...removed.map((key): EditCommand => ({ type: 'delete', doc, path: [...ANNOTATIONS, key] })),
    ...added.map(([key, value]): EditCommand => ({
      type: 'set',
      doc,
      path: [...ANNOTATIONS, key],
      value,
    })),
  ];
}

export function ruleHosts(ingress: Ingress): string[] {
  const hosts = ingress.rules.flatMap((rule) => (rule.host ? [rule.host] : []));
  return [...new Set(hosts)];
}

function tlsCommands(
  object: ManifestObject,
  ingress: Ingress,
  profile: IngressProfileId,
): EditCommand[] {
  const raw = getPath(object.object, TLS);
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) return [];
  const name = ingress.meta.name ?? '';
  const kept = tlsFor(profile, name, ingress.tls, ruleHosts(ingress));
  const doc = object.doc;
  if (ingress.tls.length === 0) {
    return kept.length === 0 ? [] : [{ type: 'set', doc, path: TLS, value: kept.map(writeTls) }];
  }
  if (kept.length === 0) return [{ type: 'delete', doc, path: TLS }];
  // Removed from the last, so that the indexes still to remove do not move.
  return ingress.tls
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !kept.includes(entry))
    .reverse()
    .map(({ index }): EditCommand => ({ type: 'delete', doc, path: [...TLS, index] }));
}

/** An Ingress that stays an Ingress: the profile's class, annotations and TLS. */
export function ingressCommands(
  object: ManifestObject,
  ingress: Ingress,
  profile: IngressProfileId,
): EditCommand[] {
  const spec = getPath(object.object, ['spec']);
  if (spec !== undefined && spec !== null && !isRecord(spec)) return [];
  const className = INGRESS_CLASS[profile];
  return [
    ...(ingress.ingressClassName === className
      ? []
      : [
          {
            type: 'set' as const,
            doc: object.doc,
            path: ['spec', 'ingressClassName'],
            value: className,
          },
        ]),
    ...annotationCommands(
      object.doc,
      object.object,
      managedValues(INGRESS_ANNOTATIONS, profile, ingress.meta.annotations),
    ),
    ...tlsCommands(object, ingress, profile),
  ];
}

/** A port name for GKE's map that no other port of the Service has. */
function freshPortName(taken: Set<string>, port: number | undefined): string {
  const candidates = ['grpc', `grpc-${String(port ?? '')}`];
  const name = candidates.find((candidate) => !taken.has(candidate)) ?? `grpc-${taken.size}`;
  taken.add(name);
  return name;
}

/** GKE maps Service port names to HTTP2: name the reached ports, and map them. */
function gkeCommands(
  service: ManifestObject,
  portIndexes: readonly number[],
  wanted: Map<string, string | null>,
): EditCommand[] {
  const read = readService(service.object);
  const taken = new Set(read.ports.flatMap((port) => (port.name ? [port.name] : [])));
  const existing = gkeAppProtocols(read);
  const mapping = { ...(parseAppProtocols(existing?.value) ?? {}) };
  let changed = existing !== undefined && parseAppProtocols(existing.value) === undefined;
  const commands: EditCommand[] = [];
  for (const index of portIndexes) {
    const port = read.ports[index];
    if (!port || !isRecord(getPath(service.object, ['spec', 'ports', index]))) continue;
    let name = port.name;
    if (name === undefined) {
      name = freshPortName(taken, port.port);
      commands.push({
        type: 'set',
        doc: service.doc,
        path: ['spec', 'ports', index, 'name'],
        value: name,
      });
    }
    if (mapping[name] !== 'HTTP2') changed = true;
    mapping[name] = 'HTTP2';
  }
  if (changed) wanted.set(existing?.key ?? GKE_APP_PROTOCOLS, JSON.stringify(mapping));
  return commands;
}

/** The backend Services: the profile's annotations, and GKE's named ports. */
export function serviceCommands(
  targets: readonly BackendTarget[],
  profile: ProfileId,
): EditCommand[] {
  const byDoc = new Map<number, { service: ManifestObject; ports: Set<number> }>();
  for (const { service, portIndex } of targets) {
    const entry = byDoc.get(service.doc) ?? { service, ports: new Set<number>() };
    if (portIndex !== undefined) entry.ports.add(portIndex);
    byDoc.set(service.doc, entry);
  }
  return [...byDoc.values()].flatMap(({ service, ports }) => {
    const current = readMeta(service.object).annotations;
    const wanted = managedValues(SERVICE_ANNOTATIONS, profile, current);
    let commands: EditCommand[] = [];
    if (profile === 'gke') commands = gkeCommands(service, [...ports], wanted);
    else {
      wanted.set(GKE_APP_PROTOCOLS, null);
      wanted.set(GKE_APP_PROTOCOLS_LEGACY, null);
    }
    return [...commands, ...annotationCommands(service.doc, service.object, wanted)];
  });
}
