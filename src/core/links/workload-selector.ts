/**
 * A workload's own `spec.selector` → its pod template's labels (link `deployment-selector`).
 * apps/v1 requires a non-empty selector that matches the template; the reason says which
 * requirement fails, in the selector's own notation.
 */
import { asArray, asRecord, getPath, isRecord } from '../model/read';
import type { ResolveContext } from './builder';
import { formatSelector, selectorFailures } from './selectors';
import { formatLabels } from './text';
import type { LinkEnd } from './types';
import { templateEnd, type Workload } from './workloads';

export function resolveWorkloadSelector(context: ResolveContext, workload: Workload) {
  const selector = getPath(workload.object.object, ['spec', 'selector']);
  const from: LinkEnd = {
    doc: workload.object.doc,
    path: ['spec', 'selector'],
    label: `${workload.label} selector`,
  };
  const template = templateEnd(workload);
  const labels = formatLabels(workload.labels) || 'none';
  const value = formatSelector(selector);
  const broken = (reason: string) =>
    context.links.add('deployment-selector', from, value, { reason, nearest: template });
  if (!isRecord(selector)) {
    broken(
      `${workload.label} has no spec.selector; ${workload.kind.apiVersions.join('/')} requires one that matches its pod template's labels (${labels}).`,
    );
    return;
  }
  const hasLabels = Object.keys(asRecord(selector.matchLabels)).length > 0;
  const hasExpressions = asArray(selector.matchExpressions).length > 0;
  if (!hasLabels && !hasExpressions) {
    broken(
      `${workload.label}'s spec.selector is empty, and the API server rejects an empty selector; select the pod template's labels (${labels}).`,
    );
    return;
  }
  const failures = selectorFailures(selector, workload.labels);
  if (failures.length > 0) {
    broken(
      `${workload.label}'s selector ${value} does not match its pod template's labels (${labels}): ${failures.join('; ')}.`,
    );
    return;
  }
  context.links.add('deployment-selector', from, value, { to: template });
}
