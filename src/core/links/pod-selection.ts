/**
 * Service → pod templates (link `service-selector`): which workloads in the Service's own
 * namespace carry every pair of its selector. When none does, the reason names the nearest
 * template and the pairs that differ, or the namespace where a match sits out of reach.
 * The selected workloads are remembered, for the targetPort links and the Ingress port hints.
 */
import type { ResolveContext } from './builder';
import { isSubset, labelDifferences, sharedPairs } from './selectors';
import type { ServiceItem } from './services';
import { formatLabels, namespacePhrase } from './text';
import type { LinkEnd } from './types';
import { templateEnd, type Workload } from './workloads';

function podsLabelled(workload: Workload): string {
  const labels = formatLabels(workload.labels);
  return labels === ''
    ? `${workload.label}'s pods have no labels`
    : `${workload.label}'s pods are labelled ${labels}`;
}

export function resolveServiceSelector(
  context: ResolveContext,
  service: ServiceItem,
  byNamespace: Map<string | null, Workload[]>,
) {
  const selector = service.selector;
  if (selector === undefined || service.type === 'ExternalName') return;
  const value = formatLabels(selector);
  const from: LinkEnd = {
    doc: service.object.doc,
    path: ['spec', 'selector'],
    label: `Service ${service.name} selector`,
  };
  const candidates = byNamespace.get(service.namespace) ?? [];
  const matches = candidates.filter((workload) => isSubset(selector, workload.labels));
  context.selected.set(service.object.doc, matches);
  for (const workload of matches)
    context.links.add('service-selector', from, value, { to: templateEnd(workload) });
  if (matches.length > 0) return;
  let best: Workload | undefined;
  let bestShared = 0;
  for (const workload of candidates) {
    const shared = sharedPairs(selector, workload.labels);
    if (shared > bestShared) [best, bestShared] = [workload, shared];
  }
  if (!best && candidates.length === 1) best = candidates[0];
  let reason = `Service ${service.name}'s selector ${value} matches no pod template in ${namespacePhrase(service.namespace)}`;
  if (best) {
    reason += `; ${podsLabelled(best)} (${labelDifferences(selector, best.labels).join(', ')}).`;
  } else if (candidates.length === 0) {
    const elsewhere = context.workloads.find((workload) => isSubset(selector, workload.labels));
    reason += elsewhere
      ? `; ${elsewhere.label} in ${namespacePhrase(elsewhere.namespace)} matches, but a Service only selects pods in its own namespace.`
      : '; there is no Deployment (or other workload) in it among these manifests.';
  } else {
    reason += `; ${candidates.slice(0, 3).map(podsLabelled).join('; ')}.`;
  }
  context.links.add('service-selector', from, value, {
    reason,
    nearest: best ? templateEnd(best) : null,
  });
}
