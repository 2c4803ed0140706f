/**
 * The workloads a Service can select, read the way the link table describes them
 * (WORKLOAD_KINDS, POD_CONTAINERS): the pod template's labels and the containers with their
 * declared ports. Both the resolvers and the selector rules (which suggest what to select)
 * read workloads through here.
 */
import { asArray, asRecord, asStringMap, getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { Path } from '../yaml/edit';
import { expandPath, nameOf, namespaceOf } from './objects';
import { kindMatches, WORKLOAD_KINDS, type WorkloadKind } from './kinds';
import { POD_CONTAINERS, POD_LABELS } from './table';
import type { LinkEnd } from './types';

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

/** `grpc (9000)`, or the bare number of an unnamed port. */
export function portText(port: PodPort): string {
  if (port.name === undefined) return String(port.number ?? '?');
  return `${port.name} (${port.number ?? '?'})`;
}

/** "Deployment server's container ports are grpc (9000), 8080", for reasons. */
export function workloadPortsPhrase(workload: Workload): string {
  const ports = workload.containers.flatMap((container) => container.ports);
  return ports.length === 0
    ? `${workload.label} declares no container ports`
    : `${workload.label}'s container ports are ${ports.map(portText).join(', ')}`;
}

/** The first port of the workload's containers that matches. */
export function findContainerPort(
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

export function containerPortEnd(
  workload: Workload,
  container: PodContainer,
  port: PodPort,
): LinkEnd {
  return {
    doc: workload.object.doc,
    path: port.path,
    label: `${workload.label} container ${container.name} port ${port.name ?? String(port.number ?? '?')}`,
  };
}

export function templateEnd(workload: Workload): LinkEnd {
  return {
    doc: workload.object.doc,
    path: workload.labelsPath,
    label: `${workload.label} pod template`,
  };
}
