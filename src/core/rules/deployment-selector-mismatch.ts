import { asRecord, asStringMap, getPath } from '../model/read';
import { setField } from '../model/commands';
import { objectAt, valueAt } from '../links/queries';
import { stableLabels } from '../links/selectors';
import { formatLabels } from '../links/text';
import type { Link } from '../links/types';
import type { ManifestObject } from './context';
import { brokenLinkFindings } from './link-findings';
import type { QuickFix, Rule } from './types';

function selectorFix(objects: readonly ManifestObject[], link: Link): QuickFix | undefined {
  const doc = link.from.doc;
  const selector = getPath(objectAt(objects, doc)?.object, ['spec', 'selector']);
  const matchLabels = asStringMap(getPath(selector, ['matchLabels']));
  const template = link.nearest ? asStringMap(valueAt(objects, link.nearest)) : {};
  if (Object.keys(template).length > 0) {
    const labels = stableLabels(template);
    const title = `Select the pod template's labels ${formatLabels(labels)}`;
    // Keep the selector's own layout when it is only matchLabels; else write it anew.
    const onlyMatchLabels =
      Object.keys(matchLabels).length > 0 && asRecord(selector).matchExpressions === undefined;
    return onlyMatchLabels
      ? { title, commands: setField(doc, ['spec', 'selector', 'matchLabels'], labels) }
      : { title, commands: setField(doc, ['spec', 'selector'], { matchLabels: labels }) };
  }
  if (Object.keys(matchLabels).length > 0 && link.nearest) {
    return {
      title: `Label the pod template ${formatLabels(matchLabels)}`,
      commands: setField(doc, link.nearest.path, matchLabels),
    };
  }
  return undefined;
}

export const deploymentSelectorMismatch: Rule = {
  id: 'deployment-selector-mismatch',
  description: "A Deployment's spec.selector exists and matches its own pod template's labels.",
  help:
    'apps/v1 requires `spec.selector`, and it must match `spec.template.metadata.labels`, or the API ' +
    'server rejects the Deployment ("`selector` does not match template `labels`"). Use the stable ' +
    'labels of the template (not a version label: the selector cannot be changed later).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector',
  check: ({ graph, objects }) =>
    brokenLinkFindings(graph, 'deployment-selector', 'error', (link) => selectorFix(objects, link)),
};
