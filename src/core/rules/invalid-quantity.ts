import { parseQuantity, suggestQuantity } from '../k8s/quantity';
import { asArray, asRecord, getPath, isRecord, type PlainRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { ManifestObject, RuleContext } from './context';
import type { Finding, Rule } from './types';

/** A container of a pod template, wherever the template sits in its workload. */
export interface PodContainer {
  doc: number;
  /** The container's path in its document, e.g. ['spec', 'template', 'spec', 'containers', 0]. */
  path: Path;
  container: PlainRecord;
  /** "container `server`" (or its position when it has no name yet), for messages. */
  label: string;
}

/**
 * Where the pod spec lives in each workload kind. Only the built-in API groups: a custom
 * resource that happens to be called Deployment may have any shape.
 */
const POD_SPEC_PATHS: Readonly<Record<string, Path>> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
};
const BUILT_IN_GROUPS = /^(v1|apps\/v1(beta[12])?|extensions\/v1beta1|batch\/v1(beta1)?)$/;

function podSpecPath(object: ManifestObject): Path | undefined {
  if (object.kind === undefined || object.apiVersion === undefined) return undefined;
  if (!BUILT_IN_GROUPS.test(object.apiVersion)) return undefined;
  return Object.hasOwn(POD_SPEC_PATHS, object.kind) ? POD_SPEC_PATHS[object.kind] : undefined;
}

/**
 * Every container and init container of every pod template in the manifests (Deployments
 * first of all, but the same mistakes break a StatefulSet or a Job). Shared by the container
 * rules of this batch: quantities, requests vs limits, memory units and probes.
 */
export function podContainers(objects: RuleContext['objects']): PodContainer[] {
  const result: PodContainer[] = [];
  for (const object of objects) {
    const specPath = podSpecPath(object);
    if (!specPath) continue;
    const spec = asRecord(getPath(object.object, specPath));
    for (const list of ['containers', 'initContainers'] as const) {
      asArray(spec[list]).forEach((container, index) => {
        if (!isRecord(container)) return;
        const name = typeof container.name === 'string' ? container.name : undefined;
        const label =
          name !== undefined && name !== ''
            ? `${list === 'initContainers' ? 'init container' : 'container'} \`${name}\``
            : `${list}[${index}]`;
        result.push({ doc: object.doc, path: [...specPath, list, index], container, label });
      });
    }
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

/** How a value appears in a message: as the user wrote it. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  // JSON.stringify gives undefined (despite its type) for undefined and functions.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}

function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects)) {
    for (const entry of resourceQuantities(container)) {
      // Anything but a string or a number (a map, a list, `true`) is a type error: `schema` says so.
      if (typeof entry.value !== 'string' && typeof entry.value !== 'number') continue;
      const parsed = parseQuantity(entry.value, entry.resource);
      if (parsed.ok) continue;
      const suggestion =
        typeof entry.value === 'string' ? suggestQuantity(entry.value, entry.resource) : undefined;
      const finding: Finding = {
        severity: 'error',
        message:
          `\`${entry.kind}.${entry.resource}: ${shown(entry.value)}\` of ${container.label} is not a ` +
          `Kubernetes quantity: ${parsed.reason}. The API server rejects the object.` +
          (suggestion !== undefined ? ` Did you mean \`${suggestion}\`?` : ''),
        doc: container.doc,
        path: entry.path,
      };
      if (suggestion !== undefined) {
        finding.fix = {
          title: `Change ${entry.resource} to ${suggestion}`,
          commands: [{ type: 'set', doc: container.doc, path: entry.path, value: suggestion }],
        };
      }
      findings.push(finding);
    }
  }
  return findings;
}

export const invalidQuantity: Rule = {
  id: 'invalid-quantity',
  description: 'Every resource request and limit must be a Kubernetes quantity.',
  help:
    'Requests and limits are quantities: a number with an optional unit. CPU is counted in cores: ' +
    '`1`, `0.5` or `500m` (m = thousandths). Memory is counted in bytes: `128Mi` and `1Gi` (powers of ' +
    '1024) or `128M` and `1G` (powers of 1000). The units are case-sensitive and have no B: `100mi`, ' +
    '`2GB` and `1K` are rejected by the API server.',
  docsUrl:
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#resource-units-in-kubernetes',
  check,
};
