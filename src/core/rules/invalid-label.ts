import { labelKey, labelValue } from '../k8s/names';
import { asArray, asRecord, getPath, isRecord } from '../model/read';
import { formatPath } from '../schema/validate';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { apiInvalid } from './objects-names';
import { isCoreService, recordsAt } from './objects-walk';
import { podTemplatePath, workloadSelectorPath } from './pod-templates';
import type { Finding, Rule } from './types';

const KEY_SYNTAX =
  "A label key is an optional DNS prefix and '/' (such as example.com/), then a name of at most " +
  "63 letters, digits, '-', '_' and '.' that starts and ends with a letter or digit.";
const VALUE_SYNTAX =
  "A label value is empty or at most 63 letters, digits, '-', '_' and '.', starting and ending " +
  'with a letter or digit (no spaces, slashes or colons).';

/** The string maps of label key → value in one object: labels, selectors, template labels. */
function labelMaps(object: ManifestObject): Path[] {
  const maps: Path[] = [['metadata', 'labels']];
  const template = podTemplatePath(object);
  // A Pod's template is the Pod itself, whose labels are already in the list.
  if (template && template.length > 0) maps.push([...template, 'metadata', 'labels']);
  const selector = workloadSelectorPath(object);
  if (selector) maps.push([...selector, 'matchLabels']);
  // A Service and a ReplicationController take a plain map as their selector.
  if (isCoreService(object) || (object.kind === 'ReplicationController' && template)) {
    maps.push(['spec', 'selector']);
  }
  return maps;
}

function keyFinding(object: ManifestObject, path: Path, key: string, problems: string[]): Finding {
  return {
    severity: 'error',
    message:
      `The label key "${key}" in ${formatPath([...path.slice(0, -1)])} is not valid: ` +
      `${problems.join('; ')}. ${KEY_SYNTAX} (API error: ${apiInvalid(path.slice(0, -1), key)}.)`,
    doc: object.doc,
    path,
    atKey: true,
  };
}

function valueFinding(
  object: ManifestObject,
  path: Path,
  key: string,
  value: string,
  problems: string[],
): Finding {
  return {
    severity: 'error',
    message:
      `The value "${value}" of label "${key}" in ${formatPath([...path.slice(0, -1)])} is not ` +
      `valid: it ${problems.join(', and it ')}. ${VALUE_SYNTAX} Change it in every place that ` +
      `uses it (labels and the selectors that match them). (API error: ${apiInvalid(path, value)}.)`,
    doc: object.doc,
    path,
  };
}

function checkMap(object: ManifestObject, mapPath: Path): Finding[] {
  const findings: Finding[] = [];
  const map = getPath(object.object, mapPath);
  if (!isRecord(map)) return findings;
  for (const [key, value] of Object.entries(map)) {
    const path = [...mapPath, key];
    const keyProblems = labelKey(key);
    if (keyProblems.length > 0) findings.push(keyFinding(object, path, key, keyProblems));
    // A number or boolean value is a type error, which the schema rule reports.
    if (typeof value !== 'string') continue;
    const valueProblems = labelValue(value);
    if (valueProblems.length > 0)
      findings.push(valueFinding(object, path, key, value, valueProblems));
  }
  return findings;
}

/** matchExpressions: `key` is a label key and each of `values` a label value. */
function checkExpressions(object: ManifestObject, selector: Path): Finding[] {
  const findings: Finding[] = [];
  for (const expression of recordsAt(object.object, [...selector, 'matchExpressions'])) {
    const key = expression.item.key;
    if (typeof key !== 'string') continue;
    const keyProblems = labelKey(key);
    if (keyProblems.length > 0) {
      findings.push({
        ...keyFinding(object, [...expression.path, 'key'], key, keyProblems),
        atKey: false,
      });
    }
    asArray(asRecord(expression.item).values).forEach((value, index) => {
      if (typeof value !== 'string') return;
      const problems = labelValue(value);
      const path = [...expression.path, 'values', index];
      if (problems.length > 0) findings.push(valueFinding(object, path, key, value, problems));
    });
  }
  return findings;
}

export const invalidLabel: Rule = {
  id: 'invalid-label',
  description: 'Label keys and values (labels, selectors, pod templates) must have label syntax.',
  help:
    'Labels connect the objects: a Service finds its pods, and a Deployment its pods, by label. ' +
    "Keys and values are short (at most 63 characters) and made of letters, digits, '-', '_' and " +
    "'.', starting and ending with a letter or digit; a key may have a DNS prefix such as " +
    'app.kubernetes.io/. The API server rejects anything else.',
  docsUrl:
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  scope: 'object',
  check: ({ objects }) =>
    objects.flatMap((object) => {
      const selector = workloadSelectorPath(object);
      return [
        ...labelMaps(object).flatMap((map) => checkMap(object, map)),
        ...(selector ? checkExpressions(object, selector) : []),
      ];
    }),
};
