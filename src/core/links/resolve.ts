/**
 * The link resolver: reads LINK_TABLE and the objects of one manifest and says, for every
 * pointing field, what it reaches or why it reaches nothing. Pure, linear in the size of the
 * manifest (objects are indexed by namespace and name once), and it never throws: a manifest
 * being typed is half-written, so every read falls back to "absent".
 */
import { asArray, asRecord, asStringMap, getPath, isRecord } from '../model/read';
import { setField } from '../model/commands';
import type { ManifestObject } from '../rules/context';
import type { QuickFix } from '../rules/types';
import { closestName } from '../text/suggest';
import type { Path } from '../yaml/edit';
import {
  GATEWAY,
  GRPC_ROUTE,
  INGRESS_BACKEND_SHAPES,
  kindMatches,
  LINK_TABLE,
  PORT_PROBE_HANDLERS,
  POD_CONTAINERS,
  POD_LABELS,
  PROBE_KINDS,
  PSEUDO_BACKEND,
  ROUTE_REFS,
  SERVICE,
  WORKLOAD_KINDS,
  type IngressBackendShape,
  type PathPattern,
  type WorkloadKind,
} from './table';
import type { GraphObject, Link, LinkEnd, LinkGraph, LinkKind } from './types';

// ---------------------------------------------------------------- reading

/** Every value a pattern with `'*'` wildcards reaches, with its concrete path. */
export function expandPath(root: unknown, pattern: PathPattern): { path: Path; value: unknown }[] {
  let current: { path: Path; value: unknown }[] = [{ path: [], value: root }];
  for (const segment of pattern) {
    const next: { path: Path; value: unknown }[] = [];
    for (const { path, value } of current) {
      if (segment === '*') {
        asArray(value).forEach((item, index) => next.push({ path: [...path, index], value: item }));
      } else {
        const child = getPath(value, [segment]);
        if (child !== undefined && child !== null)
          next.push({ path: [...path, segment], value: child });
      }
    }
    current = next;
  }
  return current;
}

/** Kubernetes treats an empty namespace like none: the namespace the manifests are applied to. */
function namespaceOf(object: ManifestObject): string | null {
  return object.namespace === '' ? null : object.namespace;
}

function nameOf(object: ManifestObject): string {
  return object.name ?? '(unnamed)';
}

function key(namespace: string | null, name: string): string {
  return JSON.stringify([namespace, name]);
}

export function formatLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

function namespacePhrase(namespace: string | null): string {
  return namespace === null ? 'this namespace' : `namespace \`${namespace}\``;
}

function didYouMean(near: string | undefined): string {
  return near === undefined ? '.' : ` — did you mean \`${near}\`?`;
}

export interface PodPort {
  name: string | undefined;
  number: number | undefined;
  /** TCP when not written, as the API server defaults it. */
  protocol: string;
  path: Path;
}

export interface PodContainer {
  name: string;
  ports: PodPort[];
  path: Path;
  value: unknown;
}

/** An object that runs pods (a Deployment and its relatives, or a bare Pod). */
export interface Workload {
  object: ManifestObject;
  kind: WorkloadKind;
  label: string;
  namespace: string | null;
  podPath: Path;
  labels: Record<string, string>;
  labelsPath: Path;
  containers: PodContainer[];
}

function portText(port: PodPort): string {
  if (port.name === undefined) return String(port.number ?? '?');
  return `${port.name} (${port.number ?? '?'})`;
}

function readWorkload(object: ManifestObject, kind: WorkloadKind): Workload {
  const podPath = [...kind.podTemplate];
  const pod = getPath(object.object, podPath);
  const containers = expandPath(pod, POD_CONTAINERS).map(({ path, value }, index) => {
    const record = asRecord(value);
    return {
      name: typeof record.name === 'string' ? record.name : `#${index + 1}`,
      path: [...podPath, ...path],
      value,
      ports: asArray(record.ports).map((port, p) => {
        const item = asRecord(port);
        return {
          name: typeof item.name === 'string' ? item.name : undefined,
          number: typeof item.containerPort === 'number' ? item.containerPort : undefined,
          protocol: typeof item.protocol === 'string' ? item.protocol : 'TCP',
          path: [...podPath, ...path, 'ports', p],
        };
      }),
    };
  });
  return {
    object,
    kind,
    label: `${kind.kind} ${nameOf(object)}`,
    namespace: namespaceOf(object),
    podPath,
    labels: asStringMap(getPath(pod, POD_LABELS)),
    labelsPath: [...podPath, ...POD_LABELS],
    containers,
  };
}

/** The workloads of a manifest, as the table's WORKLOAD_KINDS describe them. */
export function findWorkloads(objects: readonly ManifestObject[]): Workload[] {
  return objects.flatMap((object) => {
    const kind = WORKLOAD_KINDS.find((ref) => kindMatches(ref, object.kind, object.apiVersion));
    return kind ? [readWorkload(object, kind)] : [];
  });
}

interface ServicePortItem {
  name: string | undefined;
  port: number | undefined;
  targetPort: number | string | undefined;
  protocol: string;
  path: Path;
}

interface ServiceItem {
  object: ManifestObject;
  name: string;
  namespace: string | null;
  type: string | undefined;
  /** Undefined for no selector or `{}`: the API stores an empty selector as none. */
  selector: Record<string, string> | undefined;
  ports: ServicePortItem[];
}

function readServiceItem(object: ManifestObject): ServiceItem {
  const spec = asRecord(asRecord(object.object).spec);
  const selector = asStringMap(spec.selector);
  return {
    object,
    name: nameOf(object),
    namespace: namespaceOf(object),
    type: typeof spec.type === 'string' ? spec.type : undefined,
    selector: Object.keys(selector).length > 0 ? selector : undefined,
    ports: asArray(spec.ports).map((port, index) => {
      const item = asRecord(port);
      const target = item.targetPort;
      return {
        name: typeof item.name === 'string' ? item.name : undefined,
        port: typeof item.port === 'number' ? item.port : undefined,
        targetPort: typeof target === 'number' || typeof target === 'string' ? target : undefined,
        protocol: typeof item.protocol === 'string' ? item.protocol : 'TCP',
        path: ['spec', 'ports', index],
      };
    }),
  };
}

function servicePortText(port: ServicePortItem): string {
  return port.name === undefined ? String(port.port ?? '?') : `${port.name} (${port.port ?? '?'})`;
}

function servicePortsPhrase(service: ServiceItem): string {
  if (service.ports.length === 0) return `Service ${service.name} has no ports`;
  return `Service ${service.name}'s ports are ${service.ports.map(servicePortText).join(', ')}`;
}

/** Appends to a list in a map without copying it (the resolver stays linear). */
function pushTo<K, V>(map: Map<K, V[]>, mapKey: K, value: V): void {
  const list = map.get(mapKey);
  if (list) list.push(value);
  else map.set(mapKey, [value]);
}

/** Objects of one kind, found by namespace and name, or by name alone (for hints). */
class Directory<T extends { name: string; namespace: string | null }> {
  private readonly byKey = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();
  private readonly byNamespace = new Map<string | null, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      const k = key(item.namespace, item.name);
      // The first of two duplicates wins; `duplicate-object` reports the second.
      if (!this.byKey.has(k)) this.byKey.set(k, item);
      pushTo(this.byName, item.name, item);
      pushTo(this.byNamespace, item.namespace, item);
    }
  }

  get(namespace: string | null, name: string): T | undefined {
    return this.byKey.get(key(namespace, name));
  }

  inNamespace(namespace: string | null): readonly T[] {
    return this.byNamespace.get(namespace) ?? [];
  }

  elsewhere(namespace: string | null, name: string): T | undefined {
    return this.byName.get(name)?.find((item) => item.namespace !== namespace);
  }
}

// ---------------------------------------------------------------- building links

class Links {
  readonly list: Link[] = [];
  private readonly ids = new Set<string>();

  add(
    kind: LinkKind,
    from: LinkEnd,
    value: string,
    result: { to: LinkEnd } | { reason: string; nearest: LinkEnd | null },
  ): void {
    const to = 'to' in result ? result.to : null;
    const base = [
      kind,
      from.doc,
      from.path.join('.'),
      to?.doc ?? '-',
      to?.path.join('.') ?? '-',
    ].join('|');
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    this.ids.add(id);
    this.list.push(
      'to' in result
        ? { id, kind, from, to, state: 'resolved', reason: null, value, nearest: null }
        : {
            id,
            kind,
            from,
            to: null,
            state: 'broken',
            reason: result.reason,
            value,
            nearest: result.nearest,
          },
    );
  }
}

function objectEnd(object: ManifestObject): LinkEnd {
  return { doc: object.doc, path: [], label: `${object.kind ?? 'Object'} ${nameOf(object)}` };
}

function servicePortEnd(service: ServiceItem, port: ServicePortItem): LinkEnd {
  return {
    doc: service.object.doc,
    path: port.path,
    label: `Service ${service.name} port ${port.name ?? String(port.port ?? '?')}`,
  };
}

function containerPortEnd(workload: Workload, container: PodContainer, port: PodPort): LinkEnd {
  return {
    doc: workload.object.doc,
    path: port.path,
    label: `${workload.label} container ${container.name} port ${port.name ?? String(port.number ?? '?')}`,
  };
}

function templateEnd(workload: Workload): LinkEnd {
  return {
    doc: workload.object.doc,
    path: workload.labelsPath,
    label: `${workload.label} pod template`,
  };
}

/** A missing Service or Gateway: say where it is instead, or which name is close. */
function missingObjectReason(
  subject: string,
  kind: string,
  name: string,
  namespace: string | null,
  directory: Directory<{ name: string; namespace: string | null; object: ManifestObject }>,
): { reason: string; nearest: LinkEnd | null } {
  const candidates = directory.inNamespace(namespace);
  const near = closestName(
    name,
    candidates.map((item) => item.name),
  );
  const nearItem = near === undefined ? undefined : directory.get(namespace, near);
  const elsewhere = directory.elsewhere(namespace, name);
  let reason = `${subject} \`${name}\`, but there is no ${kind} by that name in ${namespacePhrase(namespace)}`;
  if (elsewhere) {
    reason +=
      elsewhere.namespace === null
        ? `; there is one without a namespace, which is applied to the namespace you deploy into`
        : `; there is one in namespace \`${elsewhere.namespace}\`, and a reference without a namespace only reaches its own`;
  }
  reason += didYouMean(near);
  return {
    reason,
    nearest: nearItem ? objectEnd(nearItem.object) : elsewhere ? objectEnd(elsewhere.object) : null,
  };
}

// ---------------------------------------------------------------- Ingress

interface Context {
  links: Links;
  services: Directory<ServiceItem>;
  gateways: Directory<{ name: string; namespace: string | null; object: ManifestObject }>;
  workloads: Workload[];
  /** Per Service document, the workloads its selector resolved to. */
  selected: Map<number, Workload[]>;
}

function backendWhere(object: unknown, shape: IngressBackendShape, backendPath: Path): string {
  if (backendPath.join('.') === shape.defaultBackend.join('.'))
    return 'every request no rule matches';
  const host = getPath(object, [...backendPath.slice(0, 3), 'host']);
  const path = getPath(object, [...backendPath.slice(0, -1), 'path']);
  return `${typeof host === 'string' ? host : ''}${typeof path === 'string' ? path : '/'}`;
}

function backendLabel(
  ingress: string,
  shape: IngressBackendShape,
  where: string,
  backendPath: Path,
) {
  return backendPath.join('.') === shape.defaultBackend.join('.')
    ? `Ingress ${ingress} default backend`
    : `Ingress ${ingress} path ${where}`;
}

function resolveIngress(context: Context, object: ManifestObject, shape: IngressBackendShape) {
  const ingress = nameOf(object);
  const namespace = namespaceOf(object);
  const annotations = asStringMap(getPath(object.object, ['metadata', 'annotations']));
  for (const pattern of shape.backends) {
    for (const { path: backendPath, value: backend } of expandPath(object.object, pattern)) {
      const serviceName = getPath(backend, shape.serviceName);
      // A `resource` backend, or one still being written: nothing to link.
      if (typeof serviceName !== 'string' || serviceName === '') continue;
      const nameValue = getPath(backend, shape.portName);
      const numberValue = getPath(backend, shape.portNumber);
      const portName = typeof nameValue === 'string' ? nameValue : undefined;
      const portNumber = typeof numberValue === 'number' ? numberValue : undefined;
      const isAction =
        portName === PSEUDO_BACKEND.portName ||
        annotations[PSEUDO_BACKEND.annotationPrefix + serviceName] !== undefined;
      if (isAction) continue;
      const where = backendWhere(object.object, shape, backendPath);
      const label = backendLabel(ingress, shape, where, backendPath);
      const from: LinkEnd = {
        doc: object.doc,
        path: [...backendPath, ...shape.serviceName],
        label,
      };
      const service = context.services.get(namespace, serviceName);
      if (!service) {
        const subject = `Ingress ${ingress} sends ${where} to Service`;
        context.links.add(
          'ingress-backend-service',
          from,
          serviceName,
          missingObjectReason(subject, 'Service', serviceName, namespace, context.services),
        );
        continue;
      }
      context.links.add('ingress-backend-service', from, serviceName, {
        to: objectEnd(service.object),
      });
      const port = portName ?? portNumber;
      if (port === undefined) continue; // `ingress-backend-invalid` reports it
      const portPath = [
        ...backendPath,
        ...(portName !== undefined ? shape.portName : shape.portNumber),
      ];
      const portFrom: LinkEnd = { doc: object.doc, path: portPath, label: `${label} port ${port}` };
      const subject = `Ingress ${ingress} sends ${where} to port \`${port}\` of Service ${service.name}`;
      context.links.add(
        'ingress-backend-port',
        portFrom,
        String(port),
        matchServicePort(context, service, port, subject),
      );
    }
  }
}

/** An Ingress names a Service port by its name or its `port`; explain the classic mix-ups. */
function matchServicePort(
  context: Context,
  service: ServiceItem,
  port: string | number,
  subject: string,
): { to: LinkEnd } | { reason: string; nearest: LinkEnd | null } {
  const found = service.ports.find((item) =>
    typeof port === 'string' ? item.name === port : item.port === port,
  );
  if (found) return { to: servicePortEnd(service, found) };
  const byTarget = service.ports.find((item) => item.targetPort === port);
  const only = service.ports.length === 1 ? service.ports[0] : undefined;
  let reason = `${subject}, but ${servicePortsPhrase(service)}`;
  let nearest: ServicePortItem | undefined;
  if (typeof port === 'string') {
    const names = service.ports.flatMap((item) => (item.name === undefined ? [] : [item.name]));
    const near = closestName(port, names);
    nearest = service.ports.find((item) => item.name === near) ?? byTarget ?? only;
    if (near === undefined && byTarget) {
      reason += `; \`${port}\` is the targetPort (a container port) of its port ${servicePortText(byTarget)}, and a backend names the Service's own port`;
    }
    reason += didYouMean(near);
    return { reason, nearest: nearest ? servicePortEnd(service, nearest) : null };
  }
  const inContainer = (context.selected.get(service.object.doc) ?? []).some((workload) =>
    workload.containers.some((container) => container.ports.some((item) => item.number === port)),
  );
  if (byTarget) {
    reason += `; ${port} is the targetPort of its port ${servicePortText(byTarget)}: use the Service's own port, ${byTarget.port ?? '?'}.`;
  } else if (inContainer) {
    reason += `; ${port} is a container port of the selected pods: use the Service's own port${only ? `, ${only.port ?? '?'}` : ''}.`;
  } else reason += '.';
  nearest = byTarget ?? only;
  return { reason, nearest: nearest ? servicePortEnd(service, nearest) : null };
}

// ---------------------------------------------------------------- GRPCRoute

function refNamespace(ref: unknown, fallback: string | null): string | null {
  const namespace = getPath(ref, ['namespace']);
  return typeof namespace === 'string' && namespace !== '' ? namespace : fallback;
}

function refIs(ref: unknown, expected: { group: string; kind: string }): boolean {
  const group = getPath(ref, ['group']);
  const kind = getPath(ref, ['kind']);
  return (
    (group === undefined || group === null || group === expected.group) &&
    (kind === undefined || kind === null || kind === expected.kind)
  );
}

function resolveRoute(context: Context, object: ManifestObject) {
  const route = nameOf(object);
  const namespace = namespaceOf(object);
  for (const { path, value: ref } of expandPath(object.object, ROUTE_REFS.parentRefs)) {
    const name = getPath(ref, ['name']);
    if (typeof name !== 'string' || name === '' || !refIs(ref, ROUTE_REFS.parentDefault)) continue;
    const target = refNamespace(ref, namespace);
    const from: LinkEnd = {
      doc: object.doc,
      path: [...path, 'name'],
      label: `GRPCRoute ${route} parent ${name}`,
    };
    const gateway = context.gateways.get(target, name);
    context.links.add(
      'route-parent',
      from,
      name,
      gateway
        ? { to: objectEnd(gateway.object) }
        : missingObjectReason(
            `GRPCRoute ${route} attaches to Gateway`,
            'Gateway',
            name,
            target,
            context.gateways,
          ),
    );
  }
  for (const { path, value: ref } of expandPath(object.object, ROUTE_REFS.backendRefs)) {
    const name = getPath(ref, ['name']);
    if (typeof name !== 'string' || name === '' || !refIs(ref, ROUTE_REFS.backendDefault)) continue;
    const target = refNamespace(ref, namespace);
    const label = `GRPCRoute ${route} rule ${String(path[2])} backend ${name}`;
    const from: LinkEnd = { doc: object.doc, path: [...path, 'name'], label };
    const service = context.services.get(target, name);
    const portValue = getPath(ref, ['port']);
    const port = typeof portValue === 'number' ? portValue : undefined;
    const portFrom: LinkEnd = {
      doc: object.doc,
      path: [...path, 'port'],
      label: `${label} port ${port ?? '(none)'}`,
    };
    if (!service) {
      const subject = `GRPCRoute ${route} sends to Service`;
      context.links.add(
        'route-backend-service',
        from,
        name,
        missingObjectReason(subject, 'Service', name, target, context.services),
      );
      if (port === undefined) {
        context.links.add('route-backend-port', portFrom, '', {
          reason: `GRPCRoute ${route} sends to Service \`${name}\` without a port; a backendRef to a Service must say which Service port.`,
          nearest: null,
        });
      }
      continue;
    }
    context.links.add('route-backend-service', from, name, { to: objectEnd(service.object) });
    if (port === undefined) {
      const only = service.ports.length === 1 ? service.ports[0] : undefined;
      context.links.add('route-backend-port', portFrom, '', {
        reason: `GRPCRoute ${route} sends to Service ${service.name} without a port; a backendRef to a Service must say which port (${servicePortsPhrase(service)}).`,
        nearest: only ? servicePortEnd(service, only) : null,
      });
      continue;
    }
    const subject = `GRPCRoute ${route} sends to port ${port} of Service ${service.name}`;
    context.links.add(
      'route-backend-port',
      portFrom,
      String(port),
      matchServicePort(context, service, port, subject),
    );
  }
}

// ---------------------------------------------------------------- Service → pods

function isSubset(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
) {
  return Object.entries(selector).every(([name, value]) => labels[name] === value);
}

function sharedPairs(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
) {
  return Object.entries(selector).filter(([name, value]) => labels[name] === value).length;
}

function labelDifferences(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
) {
  return Object.entries(selector).flatMap(([name, value]) => {
    const actual = labels[name];
    if (actual === value) return [];
    return actual === undefined
      ? [`no \`${name}\` label`]
      : [`\`${name}\` is \`${actual}\`, not \`${value}\``];
  });
}

function podsLabelled(workload: Workload): string {
  const labels = formatLabels(workload.labels);
  return labels === ''
    ? `${workload.label}'s pods have no labels`
    : `${workload.label}'s pods are labelled ${labels}`;
}

function resolveServiceSelector(
  context: Context,
  service: ServiceItem,
  byNamespace: Map<string | null, Workload[]>,
) {
  const selector = service.selector;
  if (selector === undefined || service.type === 'ExternalName') return;
  const value = formatLabels(selector);
  const from: LinkEnd = {
    doc: service.object.doc,
    path: ['spec', 'selector'],
    label: `Service ${service.name} selector`,
  };
  const candidates = byNamespace.get(service.namespace) ?? [];
  const matches = candidates.filter((workload) => isSubset(selector, workload.labels));
  context.selected.set(service.object.doc, matches);
  for (const workload of matches)
    context.links.add('service-selector', from, value, { to: templateEnd(workload) });
  if (matches.length > 0) return;
  let best: Workload | undefined;
  let bestShared = 0;
  for (const workload of candidates) {
    const shared = sharedPairs(selector, workload.labels);
    if (shared > bestShared) [best, bestShared] = [workload, shared];
  }
  if (!best && candidates.length === 1) best = candidates[0];
  let reason = `Service ${service.name}'s selector ${value} matches no pod template in ${namespacePhrase(service.namespace)}`;
  if (best) {
    reason += `; ${podsLabelled(best)} (${labelDifferences(selector, best.labels).join(', ')}).`;
  } else if (candidates.length === 0) {
    const elsewhere = context.workloads.find((workload) => isSubset(selector, workload.labels));
    reason += elsewhere
      ? `; ${elsewhere.label} in ${namespacePhrase(elsewhere.namespace)} matches, but a Service only selects pods in its own namespace.`
      : '; there is no Deployment (or other workload) in it among these manifests.';
  } else {
    reason += `; ${candidates.slice(0, 3).map(podsLabelled).join('; ')}.`;
  }
  context.links.add('service-selector', from, value, {
    reason,
    nearest: best ? templateEnd(best) : null,
  });
}

function findContainerPort(
  workload: Workload,
  match: (port: PodPort) => boolean,
): { container: PodContainer; port: PodPort } | undefined {
  // Like FindPort in pkg/api/v1/pod/util.go: the first container, then the first port, wins.
  for (const container of workload.containers) {
    const port = container.ports.find(match);
    if (port) return { container, port };
  }
  return undefined;
}

function workloadPortsPhrase(workload: Workload): string {
  const ports = workload.containers.flatMap((container) => container.ports);
  return ports.length === 0
    ? `${workload.label} declares no container ports`
    : `${workload.label}'s container ports are ${ports.map(portText).join(', ')}`;
}

function resolveTargetPorts(context: Context, service: ServiceItem) {
  const workloads = context.selected.get(service.object.doc) ?? [];
  for (const port of service.ports) {
    const target = port.targetPort ?? port.port;
    if (target === undefined) continue;
    const explicit = port.targetPort !== undefined;
    const portName = port.name ?? String(port.port ?? '?');
    const from: LinkEnd = {
      doc: service.object.doc,
      path: [...port.path, explicit ? 'targetPort' : 'port'],
      label: `Service ${service.name} port ${portName} targetPort`,
    };
    for (const workload of workloads) {
      const found = findContainerPort(workload, (item) =>
        typeof target === 'string'
          ? item.name === target && item.protocol === port.protocol
          : item.number === target && item.protocol === port.protocol,
      );
      if (found) {
        context.links.add('service-target-port', from, String(target), {
          to: containerPortEnd(workload, found.container, found.port),
        });
        continue;
      }
      context.links.add(
        'service-target-port',
        from,
        String(target),
        targetPortBroken(service, port, target, explicit, workload),
      );
    }
  }
}

function targetPortBroken(
  service: ServiceItem,
  port: ServicePortItem,
  target: string | number,
  explicit: boolean,
  workload: Workload,
): { reason: string; nearest: LinkEnd | null } {
  const portName = port.name ?? String(port.port ?? '?');
  const all = workload.containers.flatMap((container) =>
    container.ports.map((item) => ({ container, port: item })),
  );
  const end = (hit: { container: PodContainer; port: PodPort } | undefined) =>
    hit ? containerPortEnd(workload, hit.container, hit.port) : null;
  const only = all.length === 1 ? all[0] : undefined;
  if (typeof target === 'string') {
    const otherProtocol = all.find((hit) => hit.port.name === target);
    if (otherProtocol) {
      return {
        reason: `Service ${service.name} port ${portName} sends ${port.protocol} to container port \`${target}\`, but in ${workload.label} that port is ${otherProtocol.port.protocol}; the protocols must be the same.`,
        nearest: end(otherProtocol),
      };
    }
    const near = closestName(
      target,
      all.flatMap((hit) => (hit.port.name === undefined ? [] : [hit.port.name])),
    );
    const nearHit = all.find((hit) => hit.port.name === near) ?? only;
    return {
      reason: `Service ${service.name} port ${portName} sends to container port \`${target}\`, but no container of ${workload.label} has a port by that name; ${workloadPortsPhrase(workload)}${didYouMean(near)}`,
      nearest: end(nearHit),
    };
  }
  // A number that no container declares: the pods still get traffic if the app listens there.
  const sameName =
    port.name === undefined ? undefined : all.find((hit) => hit.port.name === port.name);
  const samePort = all.find((hit) => hit.port.number === port.port);
  const nearHit = sameName ?? samePort ?? only;
  const implicit = explicit ? '' : ' (it has no targetPort, so its own port number is used)';
  const hint = sameName
    ? ` — did you mean its port \`${sameName.port.name ?? ''}\` (${sameName.port.number ?? '?'})?`
    : '.';
  return {
    reason: `Service ${service.name} port ${portName} sends to port ${target}${implicit}, but no container of ${workload.label} declares containerPort ${target}; ${workloadPortsPhrase(workload)}${hint}`,
    nearest: end(nearHit),
  };
}

// ---------------------------------------------------------------- Deployment selector

/** The requirements of a LabelSelector that the labels fail, in plain words. */
export function selectorFailures(
  selector: unknown,
  labels: Readonly<Record<string, string>>,
): string[] {
  const failures: string[] = [];
  for (const [name, value] of Object.entries(asStringMap(getPath(selector, ['matchLabels'])))) {
    const actual = labels[name];
    if (actual === undefined) failures.push(`the template has no \`${name}\` label`);
    else if (actual !== value)
      failures.push(
        `\`${name}\` is \`${value}\` in the selector but \`${actual}\` on the template`,
      );
  }
  for (const expression of asArray(getPath(selector, ['matchExpressions']))) {
    const record = asRecord(expression);
    const name = typeof record.key === 'string' ? record.key : '';
    const values = asArray(record.values).map(String);
    const actual = labels[name];
    switch (record.operator) {
      case 'In':
        if (actual === undefined || !values.includes(actual))
          failures.push(
            `\`${name}\` must be one of (${values.join(', ')}) but is ${actual === undefined ? 'missing' : `\`${actual}\``}`,
          );
        break;
      case 'NotIn':
        if (actual !== undefined && values.includes(actual))
          failures.push(`\`${name}\` is \`${actual}\`, which the selector excludes`);
        break;
      case 'Exists':
        if (actual === undefined) failures.push(`the template has no \`${name}\` label`);
        break;
      case 'DoesNotExist':
        if (actual !== undefined)
          failures.push(`the template has a \`${name}\` label, which the selector forbids`);
        break;
      default:
        failures.push(
          `\`${String(record.operator)}\` is not an operator (In, NotIn, Exists, DoesNotExist)`,
        );
    }
  }
  return failures;
}

export function formatSelector(selector: unknown): string {
  const parts = Object.entries(asStringMap(getPath(selector, ['matchLabels']))).map(
    ([k, v]) => `${k}=${v}`,
  );
  for (const expression of asArray(getPath(selector, ['matchExpressions']))) {
    const record = asRecord(expression);
    const name = typeof record.key === 'string' ? record.key : '?';
    const values = asArray(record.values).map(String).join(', ');
    if (record.operator === 'In') parts.push(`${name} in (${values})`);
    else if (record.operator === 'NotIn') parts.push(`${name} notin (${values})`);
    else if (record.operator === 'Exists') parts.push(name);
    else if (record.operator === 'DoesNotExist') parts.push(`!${name}`);
    else parts.push(`${name} ${String(record.operator)} (${values})`);
  }
  return parts.join(', ');
}

function resolveWorkloadSelector(context: Context, workload: Workload) {
  const selector = getPath(workload.object.object, ['spec', 'selector']);
  const from: LinkEnd = {
    doc: workload.object.doc,
    path: ['spec', 'selector'],
    label: `${workload.label} selector`,
  };
  const template = templateEnd(workload);
  const labels = formatLabels(workload.labels) || 'none';
  const value = formatSelector(selector);
  const broken = (reason: string) =>
    context.links.add('deployment-selector', from, value, { reason, nearest: template });
  if (!isRecord(selector)) {
    broken(
      `${workload.label} has no spec.selector; ${workload.kind.apiVersions.join('/')} requires one that matches its pod template's labels (${labels}).`,
    );
    return;
  }
  const hasLabels = Object.keys(asRecord(selector.matchLabels)).length > 0;
  const hasExpressions = asArray(selector.matchExpressions).length > 0;
  if (!hasLabels && !hasExpressions) {
    broken(
      `${workload.label}'s spec.selector is empty, and the API server rejects an empty selector; select the pod template's labels (${labels}).`,
    );
    return;
  }
  const failures = selectorFailures(selector, workload.labels);
  if (failures.length > 0) {
    broken(
      `${workload.label}'s selector ${value} does not match its pod template's labels (${labels}): ${failures.join('; ')}.`,
    );
    return;
  }
  context.links.add('deployment-selector', from, value, { to: template });
}

// ---------------------------------------------------------------- probes

function resolveProbes(context: Context, workload: Workload) {
  for (const container of workload.containers) {
    for (const probe of PROBE_KINDS) {
      for (const handler of PORT_PROBE_HANDLERS) {
        const port = getPath(container.value, [probe, handler, 'port']);
        if (typeof port !== 'string' && typeof port !== 'number') continue;
        const from: LinkEnd = {
          doc: workload.object.doc,
          path: [...container.path, probe, handler, 'port'],
          label: `${workload.label} container ${container.name} ${probe}`,
        };
        const found = container.ports.find((item) =>
          typeof port === 'string' ? item.name === port : item.number === port,
        );
        if (found) {
          context.links.add('probe-port', from, String(port), {
            to: containerPortEnd(workload, container, found),
          });
          continue;
        }
        const ports =
          container.ports.length === 0
            ? 'it declares no ports'
            : `its ports are ${container.ports.map(portText).join(', ')}`;
        const subject = `The ${probe} of container ${container.name} in ${workload.label} checks port`;
        if (typeof port === 'string') {
          const near = closestName(
            port,
            container.ports.flatMap((item) => (item.name === undefined ? [] : [item.name])),
          );
          const nearPort = container.ports.find((item) => item.name === near);
          context.links.add('probe-port', from, port, {
            reason: `${subject} \`${port}\`, but the container has no port by that name; ${ports}${didYouMean(near)}`,
            nearest: nearPort ? containerPortEnd(workload, container, nearPort) : null,
          });
        } else {
          context.links.add('probe-port', from, String(port), {
            reason: `${subject} ${port}, but the container does not declare containerPort ${port}; ${ports}.`,
            nearest: null,
          });
        }
      }
    }
  }
}

// ---------------------------------------------------------------- the graph

export function resolveLinks(objects: readonly ManifestObject[]): LinkGraph {
  const graphObjects: GraphObject[] = objects.flatMap((object) =>
    object.kind === undefined
      ? []
      : [
          {
            doc: object.doc,
            kind: object.kind,
            name: object.name ?? null,
            namespace: object.namespace,
          },
        ],
  );
  const named = (object: ManifestObject) => object.name !== undefined && object.name !== '';
  const services = objects
    .filter((object) => named(object) && kindMatches(SERVICE, object.kind, object.apiVersion))
    .map(readServiceItem);
  const gateways = objects
    .filter((object) => named(object) && kindMatches(GATEWAY, object.kind, object.apiVersion))
    .map((object) => ({ name: nameOf(object), namespace: namespaceOf(object), object }));
  const workloads = findWorkloads(objects);
  const context: Context = {
    links: new Links(),
    services: new Directory(services),
    gateways: new Directory(gateways),
    workloads,
    selected: new Map(),
  };
  const byNamespace = new Map<string | null, Workload[]>();
  for (const workload of workloads) {
    pushTo(byNamespace, workload.namespace, workload);
  }
  // Selectors first: the Ingress port hints and the targetPorts need the selected pods. The
  // links are then listed in the order of the chain, Ingress first.
  const selectorLinks = new Links();
  const selectorContext = { ...context, links: selectorLinks };
  for (const service of services) resolveServiceSelector(selectorContext, service, byNamespace);
  for (const object of objects) {
    for (const shape of INGRESS_BACKEND_SHAPES) {
      if (kindMatches(shape.ingress, object.kind, object.apiVersion))
        resolveIngress(context, object, shape);
    }
    if (kindMatches(GRPC_ROUTE, object.kind, object.apiVersion)) resolveRoute(context, object);
  }
  context.links.list.push(...selectorLinks.list);
  for (const service of services) resolveTargetPorts(context, service);
  const selectorKinds = LINK_TABLE['deployment-selector'].from.kinds;
  for (const workload of workloads) {
    if (selectorKinds.includes(workload.kind)) resolveWorkloadSelector(context, workload);
  }
  for (const workload of workloads) resolveProbes(context, workload);
  return { objects: graphObjects, links: context.links.list };
}

/** The object of a document, for rules that read the other side of a link. */
export function objectAt(
  objects: readonly ManifestObject[],
  doc: number,
): ManifestObject | undefined {
  return objects.find((object) => object.doc === doc);
}

// ---------------------------------------------------------------- for the link rules

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

/** Labels that change with every release: a selector that holds one blocks the next rollout. */
const VOLATILE_LABELS = ['version', 'app.kubernetes.io/version', 'pod-template-hash'];

/** Labels fit for a selector: all of them but the per-release ones (unless nothing else is left). */
export function stableLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const stable = Object.fromEntries(
    Object.entries(labels).filter(([name]) => !VOLATILE_LABELS.includes(name)),
  );
  return Object.keys(stable).length > 0 ? stable : { ...labels };
}

/**
 * What a Service should select to reach a workload's pods: the workload's own matchLabels when
 * they match its template (they are its identity), else the template's stable labels.
 */
export function podSelectorFor(workload: Workload): Record<string, string> {
  const matchLabels = asStringMap(
    getPath(workload.object.object, ['spec', 'selector', 'matchLabels']),
  );
  if (Object.keys(matchLabels).length > 0 && isSubset(matchLabels, workload.labels))
    return matchLabels;
  return stableLabels(workload.labels);
}
