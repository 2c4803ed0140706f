/**
 * Services as the resolvers see them (name, namespace, selector, ports), and matching a
 * reference to one of their ports. Ingress backends and GRPCRoute backendRefs both name a
 * Service port, and both get the same explanations of the classic mix-ups (a targetPort or a
 * container port where the Service's own port belongs).
 */
import { asArray, asRecord, asStringMap } from '../model/read';
import type { ManifestObject } from '../rules/context';
import { closestName } from '../text/suggest';
import type { Path } from '../yaml/edit';
import type { LinkResult, ResolveContext } from './builder';
import { nameOf, namespaceOf } from './objects';
import { didYouMean } from './text';
import type { LinkEnd } from './types';

export interface ServicePortItem {
  name: string | undefined;
  port: number | undefined;
  targetPort: number | string | undefined;
  protocol: string;
  path: Path;
}

export interface ServiceItem {
  object: ManifestObject;
  name: string;
  namespace: string | null;
  type: string | undefined;
  /** Undefined for no selector or `{}`: the API stores an empty selector as none. */
  selector: Record<string, string> | undefined;
  ports: ServicePortItem[];
}

export function readServiceItem(object: ManifestObject): ServiceItem {
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

export function servicePortText(port: ServicePortItem): string {
  return port.name === undefined ? String(port.port ?? '?') : `${port.name} (${port.port ?? '?'})`;
}

export function servicePortsPhrase(service: ServiceItem): string {
  if (service.ports.length === 0) return `Service ${service.name} has no ports`;
  return `Service ${service.name}'s ports are ${service.ports.map(servicePortText).join(', ')}`;
}

export function servicePortEnd(service: ServiceItem, port: ServicePortItem): LinkEnd {
  return {
    doc: service.object.doc,
    path: port.path,
    label: `Service ${service.name} port ${port.name ?? String(port.port ?? '?')}`,
  };
}

/** An Ingress names a Service port by its name or its `port`; explain the classic mix-ups. */
export function matchServicePort(
  context: ResolveContext,
  service: ServiceItem,
  port: string | number,
  subject: string,
): LinkResult {
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
