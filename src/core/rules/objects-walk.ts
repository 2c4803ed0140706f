/**
 * Where the fields that the object rules check live, in every kind that has them: pod templates
 * of all workloads (not only the modelled apps/v1 Deployment), containers, probes, Service ports
 * and Ingress backends. Everything is read from the plain objects with tolerant readers, because
 * the text being edited is often half-written: a wrong type anywhere just yields nothing.
 */
import { asArray, asRecord, getPath, isRecord, type PlainRecord } from '../model/read';
import { PROBE_KINDS } from '../model/kinds';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';

/** The API group of an apiVersion: '' for the core group (`v1`). */
export function apiGroup(apiVersion: string | undefined): string {
  if (apiVersion === undefined) return '';
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** Where each built-in kind keeps its pod template (the map holding `metadata` and `spec`). */
const TEMPLATE_PATHS: Readonly<Record<string, { groups: readonly string[]; path: Path }>> = {
  Pod: { groups: [''], path: [] },
  PodTemplate: { groups: [''], path: ['template'] },
  ReplicationController: { groups: [''], path: ['spec', 'template'] },
  // extensions/v1beta1 is long gone from the API server, but its objects have the same shape
  // and still turn up in old examples; their names and ports are worth checking all the same.
  Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
  StatefulSet: { groups: ['apps'], path: ['spec', 'template'] },
  Job: { groups: ['batch'], path: ['spec', 'template'] },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/** The path of an object's pod template, or undefined for kinds without one. */
export function podTemplatePath(object: ManifestObject): Path | undefined {
  const kind = object.kind;
  if (kind === undefined || !Object.hasOwn(TEMPLATE_PATHS, kind)) return undefined;
  const entry = TEMPLATE_PATHS[kind];
  return entry?.groups.includes(apiGroup(object.apiVersion)) ? entry.path : undefined;
}

/** Workloads whose `spec.selector` is a LabelSelector (matchLabels/matchExpressions). */
const LABEL_SELECTOR_KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job'];

/** The path of a workload's LabelSelector, or undefined. */
export function workloadSelectorPath(object: ManifestObject): Path | undefined {
  if (!LABEL_SELECTOR_KINDS.includes(object.kind ?? '')) return undefined;
  return podTemplatePath(object) ? ['spec', 'selector'] : undefined;
}

export function isCoreService(object: ManifestObject): boolean {
  return object.kind === 'Service' && object.apiVersion === 'v1';
}

export function isIngress(object: ManifestObject): boolean {
  return object.kind === 'Ingress' && apiGroup(object.apiVersion) === 'networking.k8s.io';
}

export interface ContainerAt {
  object: ManifestObject;
  /** The path of the container itself, e.g. spec.template.spec.containers[0]. */
  path: Path;
  container: PlainRecord;
  /** The path of the list it is in, for checks that compare siblings. */
  listPath: Path;
}

/** Lists whose items are containers; ephemeral containers take no ports but do take names. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Every container of every pod template, in document order. */
export function allContainers(objects: readonly ManifestObject[]): ContainerAt[] {
  const result: ContainerAt[] = [];
  for (const object of objects) {
    const template = podTemplatePath(object);
    if (!template) continue;
    const specPath = [...template, 'spec'];
    const spec = getPath(object.object, specPath);
    for (const list of CONTAINER_LISTS) {
      const listPath = [...specPath, list];
      asArray(asRecord(spec)[list]).forEach((item, index) => {
        if (isRecord(item))
          result.push({ object, path: [...listPath, index], container: item, listPath });
      });
    }
  }
  return result;
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
  handler: 'httpGet' | 'tcpSocket' | 'grpc';
}

/**
 * The `port` fields of a container's probes and lifecycle hooks: the same IntOrString with the
 * same validation (ValidatePortNumOrName), except the native grpc probe that takes a number only.
 */
export function probePorts(container: ContainerAt): ProbePortAt[] {
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
  for (const kind of PROBE_KINDS) handlersAt([kind], ['httpGet', 'tcpSocket', 'grpc']);
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
  const backends: Path[] = [['spec', 'defaultBackend']];
  for (const rule of recordsAt(object.object, ['spec', 'rules'])) {
    for (const path of recordsAt(rule.item, ['http', 'paths'])) {
      backends.push([...rule.path, 'http', 'paths', path.index, 'backend']);
    }
  }
  const result: BackendAt[] = [];
  for (const path of backends) {
    const service = getPath(object.object, [...path, 'service']);
    if (isRecord(service)) result.push({ path, service });
  }
  return result;
}

/** A JSON-quoted value for messages: "GRPC", 8080. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
