import { ianaPortName } from '../k8s/names';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { apiInvalid } from './objects-names';
import { isCoreService, recordsAt, type ItemAt } from './objects-walk';
import { podContainers } from './pod-templates';
import type { Finding, Rule } from './types';

/** ` "server"` for a named owner, nothing for one whose name is not written yet. */
function named(name: unknown): string {
  return typeof name === 'string' && name !== '' ? ` "${name}"` : '';
}

/** The port fields that make two entries the same port (everything but the name). */
function sameApartFromName(a: ItemAt, b: ItemAt, keys: readonly string[]): boolean {
  return keys.every((key) => (a.item[key] ?? null) === (b.item[key] ?? null));
}

function duplicates(
  object: ManifestObject,
  base: Path,
  ports: ItemAt[],
  owner: string,
  why: string,
  sameKeys: readonly string[],
  counts: (name: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, ItemAt>();
  for (const port of ports) {
    const name = port.item.name;
    if (typeof name !== 'string' || name === '' || !counts(name)) continue;
    const earlier = first.get(name);
    if (!earlier) {
      first.set(name, port);
      continue;
    }
    const path = [...base, ...port.path, 'name'];
    const identical = sameApartFromName(earlier, port, sameKeys);
    const finding: Finding = {
      severity: 'error',
      message:
        `${owner} has two ports named "${name}" (ports[${earlier.index}] and ports[${port.index}]). ` +
        `${why} ${identical ? 'This one repeats the first exactly: remove it.' : 'Rename or remove one of them.'} ` +
        `(API error: ${apiInvalid(path, name).replace('Invalid value', 'Duplicate value')}.)`,
      doc: object.doc,
      path,
    };
    if (identical) {
      finding.fix = {
        title: `Remove the repeated port "${name}"`,
        commands: [{ type: 'delete', doc: object.doc, path: [...base, ...port.path] }],
      };
    }
    findings.push(finding);
  }
  return findings;
}

export const duplicatePortName: Rule = {
  id: 'duplicate-port-name',
  description: 'Port names must be unique within one container and within one Service.',
  help:
    'A port name is how a Service targetPort, a probe or an Ingress backend finds a port, so a ' +
    'name may be used once per container and once per Service. The API server rejects the object ' +
    'otherwise. Give each port its own name, e.g. grpc and http-metrics.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  scope: 'object',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    for (const at of podContainers(objects)) {
      findings.push(
        ...duplicates(
          at.object,
          at.path,
          recordsAt(at.container, ['ports']),
          `The container${named(at.container.name)}`,
          'A Service targetPort or a probe that names a port must find exactly one.',
          ['containerPort', 'protocol', 'hostPort', 'hostIP'],
          // Like the API server: an invalid name is reported by invalid-port-name instead.
          (name) => ianaPortName(name).length === 0,
        ),
      );
    }
    for (const object of objects.filter(isCoreService)) {
      findings.push(
        ...duplicates(
          object,
          [],
          recordsAt(object.object, ['spec', 'ports']),
          `The Service${named(object.name)}`,
          'An Ingress backend that names a Service port must find exactly one.',
          ['port', 'targetPort', 'protocol', 'nodePort', 'appProtocol'],
          () => true,
        ),
      );
    }
    return findings;
  },
};
