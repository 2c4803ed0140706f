import { parseQuantity, suggestQuantity } from '../k8s/quantity';
import type { RuleContext } from './context';
import { shown } from './format';
import { podContainers, resourceQuantities, RUNNING_CONTAINER_LISTS } from './pod-templates';
import type { Finding, Rule } from './types';

function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects, RUNNING_CONTAINER_LISTS)) {
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
  scope: 'object',
  check,
};
