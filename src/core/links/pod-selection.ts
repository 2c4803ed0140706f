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

/**
 * The workloads of one namespace that carry each label pair (key `name=value`), made once per
 * list of candidates: with a thousand objects, testing every Service's selector against every
 * workload was tens of ms; a selector's matches are among the workloads of any one of its pairs.
 */
const byLabelPair = new WeakMap<readonly Workload[], Map<string, Workload[]>>();

function labelPairIndex(candidates: readonly Workload[]): Map<string, Workload[]> {
  let index = byLabelPair.get(candidates);
  if (index) return index;
  index = new Map();
  for (const workload of candidates)
    for (const [name, value] of Object.entries(workload.labels)) {
      const key = `${name}=${value}`;
      const list = index.get(key);
      if (list) list.push(workload);
      else index.set(key, [workload]);
    }
  byLabelPair.set(candidates, index);
  return index;
}

/**
 * The candidates (in their order) that carry every pair of the selector. (Two pairs can share
 * a key, `a=b` `c` and `a` `b=c`: the index only narrows the candidates, `isSubset` decides.)
 */
export function matchingWorkloads(
  selector: Readonly<Record<string, string>>,
  candidates: readonly Workload[],
): Workload[] {
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return [...candidates];
  const index = labelPairIndex(candidates);
  let fewest: Workload[] | undefined;
  for (const [name, value] of pairs) {
    const list = index.get(`${name}=${value}`) ?? [];
    if (!fewest || list.length < fewest.length) fewest = list;
  }
  return (fewest ?? []).filter((workload) => isSubset(selector, workload.labels));
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
  const matches = matchingWorkloads(selector, candidates);
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
