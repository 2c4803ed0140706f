/**
 * Where the fields that the object rules check live, besides pod templates and containers
 * (./pod-templates.ts): the ports of probes and lifecycle hooks, Service ports, Ingress
 * backends, and lists of maps in general. Everything is read from the plain objects with
 * tolerant readers, because the text being edited is often half-written: a wrong type anywhere
 * just yields nothing.
 */
import { asArray, asRecord, getPath, isRecord, type PlainRecord } from '../model/read';
import { PROBE_KINDS } from '../model/kinds';
import { ingressBackendPaths } from '../model/paths';
import { PORT_PROBE_HANDLERS } from '../links/table';
import type { Path } from '../yaml/edit';
import { apiGroup } from '../k8s/api-version';
import type { ManifestObject } from './context';
import type { PodContainer } from './pod-templates';

export function isCoreService(object: ManifestObject): boolean {
  return object.kind === 'Service' && object.apiVersion === 'v1';
}

export function isIngress(object: ManifestObject): boolean {
  return object.kind === 'Ingress' && apiGroup(object.apiVersion) === 'networking.k8s.io';
}

export interface ItemAt {
  path: Path;
  item: PlainRecord;
  index: number;
}

/** The map items of the list at `path` of `value` (non-maps are skipped, indexes kept). */
export function recordsAt(value: unknown, path: Path): ItemAt[] {
  const items: ItemAt[] = [];
  asArray(getPath(value, path)).forEach((item, index) => {
    if (isRecord(item)) items.push({ path: [...path, index], item, index });
  });
  return items;
}

export interface ProbePortAt {
  /** The path of the `port` field. */
  path: Path;
  port: unknown;
  handler: (typeof PORT_PROBE_HANDLERS)[number];
}

/**
 * The `port` fields of a container's probes and lifecycle hooks: the same IntOrString with the
 * same validation (ValidatePortNumOrName), except the native grpc probe that takes a number only.
 */
export function probePorts(container: PodContainer): ProbePortAt[] {
  const result: ProbePortAt[] = [];
  const handlersAt = (path: Path, handlers: readonly ProbePortAt['handler'][]): void => {
    const holder = asRecord(getPath(container.container, path));
    for (const handler of handlers) {
      const action = holder[handler];
      if (!isRecord(action) || !Object.hasOwn(action, 'port')) continue;
      result.push({
        path: [...container.path, ...path, handler, 'port'],
        port: action.port,
        handler,
      });
    }
  };
  for (const kind of PROBE_KINDS) handlersAt([kind], PORT_PROBE_HANDLERS);
  for (const hook of ['postStart', 'preStop'])
    handlersAt(['lifecycle', hook], ['httpGet', 'tcpSocket']);
  return result;
}

export interface BackendAt {
  /** The path of the backend (the map holding `service`). */
  path: Path;
  service: PlainRecord;
}

/** The Service backends of a networking.k8s.io/v1 Ingress: `defaultBackend` and every path's. */
export function ingressBackends(object: ManifestObject): BackendAt[] {
  return ingressBackendPaths(object.object).flatMap((path) => {
    const service = getPath(object.object, [...path, 'service']);
    return isRecord(service) ? [{ path, service }] : [];
  });
}
