import { asRecord, asStringMap, getPath } from '../model/read';
import { setField } from '../model/commands';
import { objectAt } from '../links/queries';
import { podSelectorFor } from '../links/selectors';
import { formatLabels } from '../links/text';
import { findWorkloads } from '../links/workloads';
import type { Link } from '../links/types';
import type { Finding, Rule } from './types';

const POINTING: readonly Link['kind'][] = ['ingress-backend-service', 'route-backend-service'];

export const serviceSelectorMissing: Rule = {
  id: 'service-selector-missing',
  description: 'A Service that an Ingress or GRPCRoute sends traffic to has a selector.',
  help:
    'A Service without a selector gets no endpoints from Kubernetes: nothing behind it answers unless ' +
    'you manage its EndpointSlices by hand. Give it a selector with the labels of your pods ' +
    '(`spec.template.metadata.labels` of the Deployment).',
  docsUrl:
    'https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors',
  check: ({ graph, objects }) => {
    // One finding per Service, however many backends point at it.
    const pointedBy = new Map<number, Link>();
    for (const link of graph.links) {
      if (!POINTING.includes(link.kind) || link.to === null || pointedBy.has(link.to.doc)) continue;
      pointedBy.set(link.to.doc, link);
    }
    const findings: Finding[] = [];
    for (const [doc, link] of pointedBy) {
      const object = objectAt(objects, doc);
      if (!object) continue;
      const spec = asRecord(getPath(object.object, ['spec']));
      // An ExternalName Service is a DNS alias: it has no pods and needs no selector.
      if (spec.type === 'ExternalName') continue;
      if (Object.keys(asStringMap(spec.selector)).length > 0) continue;
      const namespace = object.namespace === '' ? null : object.namespace;
      const workloads = findWorkloads(objects).filter(
        (workload) => workload.namespace === namespace,
      );
      const only = workloads.length === 1 ? workloads[0] : undefined;
      const selector = only ? podSelectorFor(only) : {};
      const name = object.name ?? '(unnamed)';
      findings.push({
        severity: 'warning',
        message:
          `Service ${name} has no selector, so Kubernetes gives it no endpoints and ${link.from.label} ` +
          'has no pods to reach. Add a selector with the labels of your pods' +
          (only ? ` (${only.label}'s pods are labelled ${formatLabels(only.labels)}).` : '.'),
        doc,
        path: ['spec', 'selector'],
        fix:
          only && Object.keys(selector).length > 0
            ? {
                title: `Select ${formatLabels(selector)} (${only.label})`,
                commands: setField(doc, ['spec', 'selector'], selector),
              }
            : undefined,
      });
    }
    return findings;
  },
};
