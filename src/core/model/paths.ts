import type { Path } from '../yaml/edit';

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
