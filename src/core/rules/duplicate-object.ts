import { locate } from '../yaml/locate';
import type { ManifestObject } from './context';
import { apiGroup } from './objects-walk';
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
  check: ({ objects, manifest }) => {
    const findings: Finding[] = [];
    const first = new Map<string, ManifestObject>();
    for (const object of objects) {
      const key = identity(object);
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, object);
        continue;
      }
      // The line of the first one's name: a document's own range may start at its `---`.
      const document = manifest.documents[earlier.doc];
      const line = document ? locate(manifest, document, ['metadata', 'name']).start.line : 1;
      const where =
        object.namespace === null || CLUSTER_SCOPED.has(object.kind ?? '')
          ? ''
          : ` in namespace "${object.namespace}"`;
      findings.push({
        severity: 'error',
        message:
          `There is already a ${object.kind ?? ''} named "${object.name ?? ''}"${where} ` +
          `(the first is at line ${line}). Kubernetes keeps one object per kind, namespace and ` +
          'name, so applying both makes this one silently replace the first. Rename one of them, ' +
          'or remove the copy.',
        doc: object.doc,
        path: ['metadata', 'name'],
      });
    }
    return findings;
  },
};
