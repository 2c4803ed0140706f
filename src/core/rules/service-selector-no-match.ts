import { setField } from '../model/commands';
import { podSelectorFor } from '../links/selectors';
import { formatLabels } from '../links/text';
import { findWorkloads, type Workload } from '../links/workloads';
import { brokenLinkFindings } from './link-findings';
import type { Rule } from './types';

export const serviceSelectorNoMatch: Rule = {
  id: 'service-selector-no-match',
  description: "A Service's selector matches the pod template of a workload in its namespace.",
  help:
    'A Service sends traffic to the pods whose labels include every pair of its selector (one AND; ' +
    'extra pod labels are fine). When no pod template in the namespace has them all, the Service has ' +
    'no endpoints and the ingress controller answers 503. Make the selector a subset of ' +
    '`spec.template.metadata.labels` of your Deployment.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  check: ({ graph, objects }) => {
    // Read only when a selector is broken: most manifests never need them.
    let workloads: Workload[] | undefined;
    return brokenLinkFindings(graph, 'service-selector', 'error', (link) => {
      const nearest = link.nearest;
      workloads ??= findWorkloads(objects);
      const workload = nearest && workloads.find((item) => item.object.doc === nearest.doc);
      const selector = workload ? podSelectorFor(workload) : {};
      return workload && Object.keys(selector).length > 0
        ? {
            title: `Select ${formatLabels(selector)} (${workload.label})`,
            commands: setField(link.from.doc, link.from.path, selector),
          }
        : undefined;
    });
  },
};
