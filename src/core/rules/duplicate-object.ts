import type { ManifestObject } from './context';
import { apiGroup } from '../k8s/api-version';
import type { Finding, Rule } from './types';

/** Kinds whose objects live in no namespace: a `metadata.namespace` on them is ignored. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'IngressClass',
  'StorageClass',
  'PriorityClass',
  'CustomResourceDefinition',
  'GatewayClass',
]);

/**
 * The identity of an object in the cluster. The group is part of it (a Knative `Service` is not a
 * core Service), the version is not (apps/v1 and apps/v1beta1 address the same object).
 */
function identity(object: ManifestObject): string | undefined {
  if (!object.kind || !object.name) return undefined;
  const namespace = CLUSTER_SCOPED.has(object.kind) ? null : object.namespace;
  return JSON.stringify([apiGroup(object.apiVersion), object.kind, namespace, object.name]);
}

export const duplicateObject: Rule = {
  id: 'duplicate-object',
  description: 'No two objects may have the same kind, namespace and name.',
  help:
    'Kubernetes keeps one object per kind, namespace and name. When the manifests hold two, ' +
    '`kubectl apply` applies both in turn and the second replaces the first, so one of them is ' +
    'silently lost. This usually comes from copying a document and forgetting to rename it.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    const copies = new Map<string, number>();
    for (const object of objects) {
      const key = identity(object);
      if (key !== undefined) copies.set(key, (copies.get(key) ?? 0) + 1);
    }
    const seen = new Set<string>();
    for (const object of objects) {
      const key = identity(object);
      if (key === undefined) continue;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      // No line number for the first one: the CLI checks several files joined into one text,
      // so a line in that text is not a line in any file. Kind, namespace and name say it all.
      const count = copies.get(key) ?? 2;
      const where =
        object.namespace === null || CLUSTER_SCOPED.has(object.kind ?? '')
          ? ''
          : ` in namespace "${object.namespace}"`;
      findings.push({
        severity: 'error',
        message:
          `The ${object.kind ?? ''} named "${object.name ?? ''}"${where} is defined ` +
          `${count === 2 ? 'twice' : `${count} times`} in these manifests. Kubernetes keeps one ` +
          'object per kind, namespace and name, so applying them makes this one silently replace ' +
          'the one before it. Rename one of them, or remove the copy.',
        doc: object.doc,
        path: ['metadata', 'name'],
      });
    }
    return findings;
  },
};
