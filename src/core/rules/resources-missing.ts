import { asRecord, getPath } from '../model/read';
import { deploymentContainers } from './pod-templates';
import type { Finding, Rule } from './types';

/** A request or limit of any resource (cpu, memory, ephemeral-storage, GPUs, …). */
function hasAny(resources: unknown, kind: 'requests' | 'limits'): boolean {
  return Object.keys(asRecord(getPath(resources, [kind]))).length > 0;
}

export const resourcesMissing: Rule = {
  id: 'resources-missing',
  description: 'A container should declare resource requests (and a memory limit).',
  help:
    'Requests tell the scheduler what a container needs: without them it is placed as if it needed nothing, may land ' +
    'on a full node and is among the first to be evicted. A memory limit stops one leaking container from taking the ' +
    'node’s memory. Start with what the server uses at rest, for example `cpu: 100m` and `memory: 128Mi`.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, deployment, container, path, namePath } of deploymentContainers(
      context.deployments,
    )) {
      const resources = getPath(object.object, [...path, 'resources']);
      if (hasAny(resources, 'requests') || hasAny(resources, 'limits')) continue;
      findings.push({
        severity: 'info',
        message:
          `Container \`${container.name ?? ''}\` of Deployment \`${deployment.meta.name ?? ''}\` has no resource requests or limits. ` +
          'The scheduler then places it as if it needed nothing, so it can land on a full node and be the first to be ' +
          'evicted, and nothing stops it from using all of the node’s memory. Add `resources.requests` with what it needs ' +
          '(for example `cpu: 100m`, `memory: 128Mi`) and a `limits.memory`.',
        doc: object.doc,
        path: resources === undefined ? namePath : [...path, 'resources'],
      });
    }
    return findings;
  },
};
