import type { Path } from '../yaml/edit';
import { getPath } from './read';

/**
 * Where each field lives in its object. Forms, rules and quick fixes all address fields
 * through these, so a path is spelt once.
 */
export const metaPath = {
  name: ['metadata', 'name'],
  namespace: ['metadata', 'namespace'],
  labels: ['metadata', 'labels'],
  annotations: ['metadata', 'annotations'],
} as const satisfies Record<string, Path>;

export const deploymentPath = {
  replicas: ['spec', 'replicas'],
  matchLabels: ['spec', 'selector', 'matchLabels'],
  templateLabels: ['spec', 'template', 'metadata', 'labels'],
  containers: ['spec', 'template', 'spec', 'containers'],
  container: (index: number): Path => ['spec', 'template', 'spec', 'containers', index],
} as const;

export const servicePath = {
  type: ['spec', 'type'],
  selector: ['spec', 'selector'],
  ports: ['spec', 'ports'],
  port: (index: number): Path => ['spec', 'ports', index],
} as const;

export const ingressPath = {
  ingressClassName: ['spec', 'ingressClassName'],
  rules: ['spec', 'rules'],
  rule: (index: number): Path => ['spec', 'rules', index],
  paths: (rule: number): Path => ['spec', 'rules', rule, 'http', 'paths'],
  path: (rule: number, path: number): Path => ['spec', 'rules', rule, 'http', 'paths', path],
  tls: ['spec', 'tls'],
  tlsEntry: (index: number): Path => ['spec', 'tls', index],
} as const;

/**
 * Every backend written in a networking.k8s.io/v1 Ingress: each rule path's `backend`, then
 * `defaultBackend` when it is there. Items that are half-written still get their path.
 */
export function ingressBackendPaths(ingress: unknown): Path[] {
  const paths: Path[] = [];
  const rules = getPath(ingress, ingressPath.rules);
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, r) => {
      const entries = getPath(rule, ['http', 'paths']);
      if (!Array.isArray(entries)) return;
      entries.forEach((_entry: unknown, p) => {
        paths.push([...ingressPath.path(r, p), 'backend']);
      });
    });
  }
  if (getPath(ingress, ['spec', 'defaultBackend']) !== undefined) {
    paths.push(['spec', 'defaultBackend']);
  }
  return paths;
}
