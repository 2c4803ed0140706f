/**
 * The `kustomization.yaml` of an export: it lists every file, in order, so that
 * `kubectl apply -k .` applies them all (and `kubectl kustomize .` prints them as one stream).
 */

export const KUSTOMIZATION_FILE_NAME = 'kustomization.yaml';

/**
 * A Kustomization whose `resources` are the given files. The names come from `splitManifest`
 * (lowercase `[a-z0-9-]` and `.yaml`), so they are plain YAML scalars that need no quoting;
 * any other name is written as a JSON string, which YAML reads the same way.
 */
export function kustomization(fileNames: readonly string[]): string {
  const lines = [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    fileNames.length === 0 ? 'resources: []' : 'resources:',
    ...fileNames.map(
      (name) => `  - ${/^[a-z0-9][a-z0-9.-]*$/.test(name) ? name : JSON.stringify(name)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
