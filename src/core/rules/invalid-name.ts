import { dns1035Label, dns1123Label, dns1123Subdomain } from '../k8s/names';
import { isRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { apiInvalid, problemsText, repairedName } from './objects-names';
import { apiGroup } from '../k8s/api-version';
import { ingressBackends, isCoreService, isIngress } from './objects-walk';
import { podContainers } from './pod-templates';
import type { Finding, QuickFix, Rule } from './types';

interface NameSyntax {
  check: (value: string) => string[];
  /** Why the kind's name has this syntax, for the message. */
  why: string;
  allowDots: boolean;
}

const SERVICE_NAME: NameSyntax = {
  check: dns1035Label,
  why:
    'A Service name becomes a DNS name in the cluster (<name>.<namespace>.svc), so it must be ' +
    "a DNS-1035 label: at most 63 lower case letters, digits and '-', starting with a letter.",
  allowDots: false,
};

/** The name syntax of an object's metadata.name, or undefined for kinds checked otherwise. */
function nameSyntax(object: ManifestObject, kind: string): NameSyntax | undefined {
  if (isCoreService(object)) return SERVICE_NAME;
  if (object.kind === 'Namespace' && object.apiVersion === 'v1') {
    return {
      check: dns1123Label,
      why: "A namespace name must be a DNS-1123 label: at most 63 lower case letters, digits and '-'.",
      allowDots: false,
    };
  }
  // RBAC objects take "path segment" names (`system:aggregate-to-view` is fine): not DNS names.
  if (apiGroup(object.apiVersion) === 'rbac.authorization.k8s.io') return undefined;
  return {
    check: dns1123Subdomain,
    why: `A ${kind} name must be a DNS-1123 subdomain: at most 253 lower case letters, digits, '-' and '.'.`,
    allowDots: true,
  };
}

/** How many times `value` occurs as a string anywhere in the manifests (names, references, …). */
function occurrences(objects: readonly ManifestObject[], value: string): number {
  let count = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (node === value) count++;
    else if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (isRecord(node)) for (const child of Object.values(node)) visit(child, depth + 1);
  };
  for (const object of objects) visit(object.object, 0);
  return count;
}

function finding(
  object: ManifestObject,
  path: Path,
  what: string,
  value: string,
  problems: string[],
  why: string,
  suggestion: { name: string; fix?: QuickFix } | undefined,
): Finding {
  let advice = '';
  if (suggestion?.fix) advice = ` Use "${suggestion.name}".`;
  else if (suggestion)
    advice = ` Rename it, e.g. to "${suggestion.name}", and change every reference to it as well.`;
  const result: Finding = {
    severity: 'error',
    message:
      `The ${what} "${value}" is not valid: ${problemsText(problems)}. ${why}${advice} ` +
      `(API error: ${apiInvalid(path, value)}.)`,
    doc: object.doc,
    path,
  };
  if (suggestion?.fix) result.fix = suggestion.fix;
  return result;
}

function checkMetadataNames(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects) {
    const name = isRecord(object.object) ? object.object.metadata : undefined;
    const value = isRecord(name) ? name.name : undefined;
    if (typeof value !== 'string' || value === '') continue;
    const kind = object.kind ?? 'object';
    const syntax = nameSyntax(object, kind);
    const problems = syntax?.check(value) ?? [];
    if (!syntax || problems.length === 0) continue;
    const path: Path = ['metadata', 'name'];
    const repaired = repairedName(value, (c) => syntax.check(c).length === 0, syntax.allowDots);
    let suggestion: { name: string; fix?: QuickFix } | undefined;
    if (repaired !== undefined) {
      suggestion = { name: repaired };
      // Renaming is only safe when nothing else in the manifests mentions the old name (an
      // Ingress backend, a selector, an env var): otherwise the fix would break that link.
      if (occurrences(objects, value) === 1) {
        suggestion.fix = {
          title: `Rename the ${kind} to "${repaired}"`,
          commands: [{ type: 'set', doc: object.doc, path, value: repaired }],
        };
      }
    }
    findings.push(finding(object, path, `${kind} name`, value, problems, syntax.why, suggestion));
  }
  return findings;
}

function checkContainerNames(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  const containers = podContainers(objects);
  for (const at of containers) {
    const value = at.container.name;
    if (typeof value !== 'string' || value === '') continue;
    const problems = dns1123Label(value);
    if (problems.length === 0) continue;
    const path = [...at.path, 'name'];
    // Container names must be unique in the pod, so a repair may not take a sibling's name.
    const taken = containers
      .filter((other) => other.object === at.object)
      .map((other) => other.container.name);
    const repaired = repairedName(value, (c) => dns1123Label(c).length === 0 && !taken.includes(c));
    findings.push(
      finding(
        at.object,
        path,
        'container name',
        value,
        problems,
        "A container name must be a DNS-1123 label: at most 63 lower case letters, digits and '-'.",
        repaired === undefined
          ? undefined
          : {
              name: repaired,
              fix: {
                title: `Rename the container to "${repaired}"`,
                commands: [{ type: 'set', doc: at.object.doc, path, value: repaired }],
              },
            },
      ),
    );
  }
  return findings;
}

function checkBackendNames(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects.filter(isIngress)) {
    for (const backend of ingressBackends(object)) {
      const value = backend.service.name;
      if (typeof value !== 'string' || value === '') continue;
      const problems = dns1035Label(value);
      if (problems.length === 0) continue;
      const path = [...backend.path, 'service', 'name'];
      const repaired = repairedName(value, (c) => dns1035Label(c).length === 0);
      // Pointing the backend elsewhere is only obvious when that Service is right here.
      const exists = objects.some(
        (other) =>
          isCoreService(other) && other.name === repaired && other.namespace === object.namespace,
      );
      findings.push(
        finding(
          object,
          path,
          'backend Service name',
          value,
          problems,
          'The Ingress names a Service, and Service names are DNS-1035 labels: at most 63 lower ' +
            "case letters, digits and '-', starting with a letter, so no Service can have this name.",
          repaired === undefined
            ? undefined
            : exists
              ? {
                  name: repaired,
                  fix: {
                    title: `Point the backend at Service "${repaired}"`,
                    commands: [{ type: 'set', doc: object.doc, path, value: repaired }],
                  },
                }
              : { name: repaired },
        ),
      );
    }
  }
  return findings;
}

export const invalidName: Rule = {
  id: 'invalid-name',
  description: 'Object and container names must have the syntax their kind requires.',
  help:
    'Kubernetes names become parts of DNS names and URLs, so they are restricted: most objects ' +
    "(Deployment, Ingress, ConfigMap…) take a DNS-1123 subdomain (lower case letters, digits, '-' " +
    "and '.'), a Service takes a DNS-1035 label (no dots, starting with a letter, at most 63 " +
    'characters), and a container name is a DNS-1123 label. Upper case letters and underscores are ' +
    'the usual mistakes.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  scope: 'object',
  check: ({ objects }) => [
    ...checkMetadataNames(objects),
    ...checkContainerNames(objects),
    ...checkBackendNames(objects),
  ],
};
