import { compareQuantities, parseQuantity } from '../k8s/quantity';
import type { RuleContext } from './context';
import { shown } from './format';
import { podContainers, resourceQuantities, RUNNING_CONTAINER_LISTS } from './pod-templates';
import type { Finding, Rule } from './types';

function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects, RUNNING_CONTAINER_LISTS)) {
    const entries = resourceQuantities(container);
    for (const request of entries.filter((entry) => entry.kind === 'requests')) {
      const limit = entries.find(
        (entry) => entry.kind === 'limits' && entry.resource === request.resource,
      );
      if (!limit) continue;
      const requested = parseQuantity(request.value, request.resource);
      const limited = parseQuantity(limit.value, limit.resource);
      // A quantity that does not parse is `invalid-quantity`'s to report.
      if (!requested.ok || !limited.ok || compareQuantities(requested, limited) <= 0) continue;
      const resource = request.resource;
      findings.push({
        severity: 'error',
        message:
          `The ${container.label} requests ${resource} \`${shown(request.value)}\`, more than its ` +
          `${resource} limit \`${shown(limit.value)}\`. A container cannot be promised more than ` +
          `it may ever use, so the API server rejects it ("must be less than or equal to ` +
          `${resource} limit"). Lower the request or raise the limit.`,
        doc: container.doc,
        path: request.path,
        fix: {
          title: `Lower the ${resource} request to the limit (${shown(limit.value)})`,
          commands: [{ type: 'set', doc: container.doc, path: request.path, value: limit.value }],
        },
      });
    }
  }
  return findings;
}

export const requestsExceedLimits: Rule = {
  id: 'requests-exceed-limits',
  description: 'A container must not request more of a resource than its limit.',
  help:
    'The request is what the scheduler reserves for a container; the limit is the most it may use. ' +
    'A request above its limit is rejected by the API server. Keep requests at or below limits ' +
    '(a limit without a request sets the request to the limit).',
  docsUrl:
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  scope: 'object',
  check,
};
