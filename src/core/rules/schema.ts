import { getPath, isRecord } from '../model/read';
import {
  getKindSchema,
  getDefinition,
  validateAgainstSchema,
  type SchemaIssue,
  type SchemaNode,
} from '../schema/validate';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import type { Finding, QuickFix, Rule } from './types';

const REF_PREFIX = '#/definitions/';

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  // Bounded: the generated definitions are finite, and a cycle must not hang the editor.
  for (let hops = 0; current?.$ref !== undefined && hops < 64; hops++) {
    const ref = current.$ref;
    current = ref.startsWith(REF_PREFIX) ? getDefinition(ref.slice(REF_PREFIX.length)) : undefined;
  }
  return current;
}

/** The schema of the value at `path` inside an object of the given schema, if it is plain. */
function schemaAt(root: SchemaNode, path: Path): SchemaNode | undefined {
  let node = resolve(root);
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = resolve(node.items);
    else if (node.properties && Object.hasOwn(node.properties, segment))
      node = resolve(node.properties[segment]);
    else if (typeof node.additionalProperties === 'object')
      node = resolve(node.additionalProperties);
    else return undefined;
  }
  return node;
}

/**
 * For an unknown field that is a known one in the wrong case (`Service:` for `service:`), the
 * rename that repairs it. Only for a case difference: a nearer-but-different spelling may be a
 * field the user meant to add, so that stays a "did you mean" in the message.
 */
function caseFix(object: ManifestObject, issue: SchemaIssue): QuickFix | undefined {
  const key = issue.path[issue.path.length - 1];
  if (typeof key !== 'string') return undefined;
  const parent = issue.path.slice(0, -1);
  const root = getKindSchema(object.apiVersion, object.kind);
  const properties = root ? schemaAt(root, parent)?.properties : undefined;
  if (!properties) return undefined;
  const target = Object.keys(properties).find(
    (name) => name !== key && name.toLowerCase() === key.toLowerCase(),
  );
  const holder = getPath(object.object, parent);
  // Renaming onto a key that is already there would make a duplicate key.
  if (target === undefined || !isRecord(holder) || Object.hasOwn(holder, target)) return undefined;
  return {
    title: `Rename "${key}" to "${target}"`,
    commands: [{ type: 'renameKey', doc: object.doc, path: parent, from: key, to: target }],
  };
}

/** The validator's message as a sentence ("… did you mean "service"?" keeps its "?"). */
function sentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

function explain(issue: SchemaIssue, kind: string): string {
  switch (issue.keyword) {
    case 'unknown-field':
      return (
        `${sentence(issue.message)} Field names are case-sensitive, and the API server (and kubectl, ` +
        'which validates strictly) rejects a field it does not know: fix the spelling or remove it.'
      );
    case 'required':
      return `${issue.message}: the API server rejects a ${kind} without it, so add it.`;
    case 'type':
    case 'oneOf':
      return `${sentence(issue.message)} The API server cannot even read the ${kind} with a value of the wrong type.`;
    case 'enum':
      return `${sentence(issue.message)} The API server rejects any other value.`;
  }
}

export const schema: Rule = {
  id: 'schema',
  description: 'Every object of a bundled kind must match the official Kubernetes 1.35 schema.',
  help:
    'kubewire checks each Ingress, Service, Deployment and the other built-in kinds against the ' +
    'OpenAPI schema the API server itself uses: field names (case-sensitive), value types and ' +
    'required fields. An object that does not match is rejected by `kubectl apply`. Kinds without ' +
    'a bundled schema (custom resources) are not checked.',
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/',
  scope: 'object',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    for (const object of objects) {
      for (const issue of validateAgainstSchema(object.object)) {
        const finding: Finding = {
          severity: 'error',
          message: explain(issue, object.kind ?? 'object'),
          doc: object.doc,
          path: issue.path,
        };
        if (issue.keyword === 'unknown-field') {
          finding.atKey = true;
          const fix = caseFix(object, issue);
          if (fix) finding.fix = fix;
        }
        findings.push(finding);
      }
    }
    return findings;
  },
};
