/**
 * The one walker over pod templates that the rules share: which kinds carry a pod template and
 * where, every container with its path and a name for messages, and a container's resource
 * quantities. Rules used to carry their own tables of workload kinds, and they disagreed on
 * which kinds and lists they covered; a mistake in a container is the same mistake in a
 * Deployment, a StatefulSet or a Job. Everything is read with tolerant readers, because the text
 * being edited is often half-written: a wrong type anywhere just yields nothing.
 *
 * (The link resolver has its own, narrower list: the kinds a Service can select, in
 * ../links/table.ts.)
 */
import { apiGroup } from '../k8s/api-version';
import type { Container, Deployment } from '../model/kinds';
import { deploymentPath } from '../model/paths';
import { asArray, asRecord, getPath, isRecord, type PlainRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';

/**
 * Where each built-in kind keeps its pod template (the map holding `metadata` and `spec`), and
 * in which API groups. Only the built-in groups: a custom resource that happens to be called
 * Deployment may have any shape.
 */
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

/** The lists of a pod spec whose items are containers. */
export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

/** Every list; ephemeral containers take no ports, resources or probes, but do take names. */
export const ALL_CONTAINER_LISTS: readonly ContainerList[] = [
  'containers',
  'initContainers',
  'ephemeralContainers',
];

/** The containers that may have resources and probes. */
export const RUNNING_CONTAINER_LISTS: readonly ContainerList[] = ['containers', 'initContainers'];

const LIST_NOUNS: Readonly<Record<ContainerList, string>> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};

/** A container of a pod template, wherever the template sits in its workload. */
export interface PodContainer {
  object: ManifestObject;
  doc: number;
  /** The container's path in its document, e.g. ['spec', 'template', 'spec', 'containers', 0]. */
  path: Path;
  /** The path of the list it is in, for checks that compare siblings. */
  listPath: Path;
  container: PlainRecord;
  /** "container `server`" (or its position when it has no name yet), for messages. */
  label: string;
}

/**
 * Every container of every pod template in the manifests, in document order and, within a
 * pod, list by list. Items that are not maps are skipped (their indexes are kept in the paths).
 * A dozen rules ask for them; each object's are read once per list choice and then shared
 * (callers only read them).
 */
export function podContainers(
  objects: readonly ManifestObject[],
  lists: readonly ContainerList[] = ALL_CONTAINER_LISTS,
): PodContainer[] {
  const result: PodContainer[] = [];
  for (const object of objects) {
    let byLists = containersOf.get(object);
    if (!byLists)
      containersOf.set(object, (byLists = new Map<readonly ContainerList[], PodContainer[]>()));
    let containers = byLists.get(lists);
    if (!containers) byLists.set(lists, (containers = objectContainers(object, lists)));
    for (const container of containers) result.push(container);
  }
  return result;
}

const containersOf = new WeakMap<ManifestObject, Map<readonly ContainerList[], PodContainer[]>>();

function objectContainers(object: ManifestObject, lists: readonly ContainerList[]): PodContainer[] {
  const template = podTemplatePath(object);
  if (!template) return [];
  const result: PodContainer[] = [];
  const specPath = [...template, 'spec'];
  const spec = asRecord(getPath(object.object, specPath));
  for (const list of lists) {
    const listPath = [...specPath, list];
    asArray(spec[list]).forEach((container, index) => {
      if (!isRecord(container)) return;
      const name = typeof container.name === 'string' ? container.name : undefined;
      const label =
        name !== undefined && name !== '' ? `${LIST_NOUNS[list]} \`${name}\`` : `${list}[${index}]`;
      result.push({
        object,
        doc: object.doc,
        path: [...listPath, index],
        listPath,
        container,
        label,
      });
    });
  }
  return result;
}

export interface ResourceQuantity {
  kind: 'requests' | 'limits';
  /** cpu, memory, ephemeral-storage, nvidia.com/gpu, … */
  resource: string;
  value: unknown;
  path: Path;
}

/** Every requests/limits entry of a container, with its path. */
export function resourceQuantities(container: PodContainer): ResourceQuantity[] {
  const resources = asRecord(container.container.resources);
  const result: ResourceQuantity[] = [];
  for (const kind of ['requests', 'limits'] as const) {
    for (const [resource, value] of Object.entries(asRecord(resources[kind]))) {
      result.push({
        kind,
        resource,
        value,
        path: [...container.path, 'resources', kind, resource],
      });
    }
  }
  return result;
}

/** A container of a modelled (apps/v1) Deployment, as the Deployment form shows it. */
export interface DeploymentContainer {
  object: ManifestObject;
  deployment: Deployment;
  container: Container;
  index: number;
  path: Path;
  /** Where a finding about the whole container points: its name, else the container itself. */
  namePath: Path;
}

/**
 * The containers of the apps/v1 Deployments, read through the typed model: the advice rules
 * (images, probes, resources) speak about the Deployment the user builds in the form.
 */
export function deploymentContainers(
  deployments: readonly { object: ManifestObject; deployment: Deployment }[],
): DeploymentContainer[] {
  return deployments.flatMap(({ object, deployment }) =>
    deployment.containers.map((container, index) => {
      const path = deploymentPath.container(index);
      const namePath = container.name === undefined ? path : [...path, 'name'];
      return { object, deployment, container, index, path, namePath };
    }),
  );
}
