/**
 * Label selectors, both kinds: a Service's plain map (one AND of all pairs, extra labels on
 * the pod are fine) and a workload's LabelSelector (`matchLabels` and `matchExpressions` with
 * In, NotIn, Exists, DoesNotExist). Matching, explaining a mismatch in plain words, and
 * choosing what a Service should select are all here, so the resolver and the selector rules'
 * quick fixes agree.
 */
import { asArray, asRecord, asStringMap, getPath } from '../model/read';
import type { Workload } from './workloads';

type Labels = Readonly<Record<string, string>>;

/** Every pair of the selector is among the labels. */
export function isSubset(selector: Labels, labels: Labels): boolean {
  return Object.entries(selector).every(([name, value]) => labels[name] === value);
}

/** How many pairs of the selector the labels have: how near a template comes. */
export function sharedPairs(selector: Labels, labels: Labels): number {
  return Object.entries(selector).filter(([name, value]) => labels[name] === value).length;
}

/** The pairs of the selector the labels lack, in plain words. */
export function labelDifferences(selector: Labels, labels: Labels): string[] {
  return Object.entries(selector).flatMap(([name, value]) => {
    const actual = labels[name];
    if (actual === value) return [];
    return actual === undefined
      ? [`no \`${name}\` label`]
      : [`\`${name}\` is \`${actual}\`, not \`${value}\``];
  });
}

/** The requirements of a LabelSelector that the labels fail, in plain words. */
export function selectorFailures(selector: unknown, labels: Labels): string[] {
  const failures: string[] = [];
  for (const [name, value] of Object.entries(asStringMap(getPath(selector, ['matchLabels'])))) {
    const actual = labels[name];
    if (actual === undefined) failures.push(`the template has no \`${name}\` label`);
    else if (actual !== value)
      failures.push(
        `\`${name}\` is \`${value}\` in the selector but \`${actual}\` on the template`,
      );
  }
  for (const expression of asArray(getPath(selector, ['matchExpressions']))) {
    const record = asRecord(expression);
    const name = typeof record.key === 'string' ? record.key : '';
    const values = asArray(record.values).map(String);
    const actual = labels[name];
    switch (record.operator) {
      case 'In':
        if (actual === undefined || !values.includes(actual))
          failures.push(
            `\`${name}\` must be one of (${values.join(', ')}) but is ${actual === undefined ? 'missing' : `\`${actual}\``}`,
          );
        break;
      case 'NotIn':
        if (actual !== undefined && values.includes(actual))
          failures.push(`\`${name}\` is \`${actual}\`, which the selector excludes`);
        break;
      case 'Exists':
        if (actual === undefined) failures.push(`the template has no \`${name}\` label`);
        break;
      case 'DoesNotExist':
        if (actual !== undefined)
          failures.push(`the template has a \`${name}\` label, which the selector forbids`);
        break;
      default:
        failures.push(
          `\`${String(record.operator)}\` is not an operator (In, NotIn, Exists, DoesNotExist)`,
        );
    }
  }
  return failures;
}

/** A LabelSelector in kubectl's notation: `app=server, tier in (a, b), !canary`. */
export function formatSelector(selector: unknown): string {
  const parts = Object.entries(asStringMap(getPath(selector, ['matchLabels']))).map(
    ([k, v]) => `${k}=${v}`,
  );
  for (const expression of asArray(getPath(selector, ['matchExpressions']))) {
    const record = asRecord(expression);
    const name = typeof record.key === 'string' ? record.key : '?';
    const values = asArray(record.values).map(String).join(', ');
    if (record.operator === 'In') parts.push(`${name} in (${values})`);
    else if (record.operator === 'NotIn') parts.push(`${name} notin (${values})`);
    else if (record.operator === 'Exists') parts.push(name);
    else if (record.operator === 'DoesNotExist') parts.push(`!${name}`);
    else parts.push(`${name} ${String(record.operator)} (${values})`);
  }
  return parts.join(', ');
}

/** Labels that change with every release: a selector that holds one blocks the next rollout. */
const VOLATILE_LABELS = ['version', 'app.kubernetes.io/version', 'pod-template-hash'];

/** Labels fit for a selector: all of them but the per-release ones (unless nothing else is left). */
export function stableLabels(labels: Labels): Record<string, string> {
  const stable = Object.fromEntries(
    Object.entries(labels).filter(([name]) => !VOLATILE_LABELS.includes(name)),
  );
  return Object.keys(stable).length > 0 ? stable : { ...labels };
}

/**
 * What a Service should select to reach a workload's pods: the workload's own matchLabels when
 * they match its template (they are its identity), else the template's stable labels.
 */
export function podSelectorFor(workload: Workload): Record<string, string> {
  const matchLabels = asStringMap(
    getPath(workload.object.object, ['spec', 'selector', 'matchLabels']),
  );
  if (Object.keys(matchLabels).length > 0 && isSubset(matchLabels, workload.labels))
    return matchLabels;
  return stableLabels(workload.labels);
}
