import type { Link } from '../links/types';
import type { Finding, Rule } from './types';

export const serviceSelectorAmbiguous: Rule = {
  id: 'service-selector-ambiguous',
  description: "A Service's selector matches the pods of one workload, not several.",
  help:
    'When a selector matches the pod templates of two workloads, the Service spreads its traffic over ' +
    'the pods of both. That is right for a canary (two versions behind one Service) and wrong ' +
    'otherwise: then add a label that only the intended pods carry, such as `app.kubernetes.io/name`.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/',
  check: ({ graph }) => {
    const bySelector = new Map<string, Link[]>();
    for (const link of graph.links) {
      if (link.kind !== 'service-selector' || link.state !== 'resolved') continue;
      const id = `${link.from.doc}`;
      bySelector.set(id, [...(bySelector.get(id) ?? []), link]);
    }
    const findings: Finding[] = [];
    for (const links of bySelector.values()) {
      const [first] = links;
      if (first === undefined || links.length < 2) continue;
      const service =
        graph.objects.find((object) => object.doc === first.from.doc)?.name ?? '(unnamed)';
      const targets = links.map((link) => (link.to?.label ?? '').replace(/ pod template$/, ''));
      findings.push({
        severity: 'warning',
        message:
          `Service ${service}'s selector ${first.value} matches the pods of ${links.length} workloads ` +
          `(${targets.join(', ')}), so its traffic is spread over all of them. If that is not on purpose, ` +
          'add a label that only one of them has.',
        doc: first.from.doc,
        path: first.from.path,
      });
    }
    return findings;
  },
};
