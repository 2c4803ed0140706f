import { dns1123Label, ianaPortName } from '../k8s/names';
import { isRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { apiInvalid, problemsText, repairedName } from './objects-names';
import { ingressBackends, isCoreService, isIngress, probePorts, recordsAt } from './objects-walk';
import { podContainers } from './pod-templates';
import type { Finding, Rule } from './types';

const IANA_SYNTAX =
  "Port names are IANA service names: at most 15 lower case letters, digits and '-', with at " +
  "least one letter and no '-' at either end or twice in a row (e.g. grpc, http-metrics).";

function advice(value: string, isValid: (name: string) => boolean): string {
  // `targetPort: "8080"` is the classic: in quotes it is a name, not a number.
  if (/^\d+$/.test(value)) return ' If you meant the port number, remove the quotes.';
  const repaired = repairedName(value, isValid);
  return repaired === undefined
    ? ''
    : ` For example "${repaired}" (and use the same name wherever it is referenced).`;
}

function ianaFinding(object: ManifestObject, path: Path, what: string, value: string): Finding[] {
  const problems = ianaPortName(value);
  if (problems.length === 0) return [];
  const valid = (name: string): boolean => ianaPortName(name).length === 0;
  return [
    {
      severity: 'error',
      message:
        `The ${what} "${value}" is not a valid port name: ${problemsText(problems)}. ` +
        `${IANA_SYNTAX}${advice(value, valid)} (API error: ${apiInvalid(path, value)}.)`,
      doc: object.doc,
      path,
    },
  ];
}

function checkContainers(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const at of podContainers(objects)) {
    for (const port of recordsAt(at.container, ['ports'])) {
      const name = port.item.name;
      // An empty name means "no name", as for the API server.
      if (typeof name !== 'string' || name === '') continue;
      findings.push(
        ...ianaFinding(at.object, [...at.path, ...port.path, 'name'], 'container port name', name),
      );
    }
    for (const probe of probePorts(at)) {
      // The grpc probe takes a number only: grpc-probe-port-not-number reports a name there.
      if (probe.handler === 'grpc' || typeof probe.port !== 'string') continue;
      findings.push(...ianaFinding(at.object, probe.path, `${probe.handler} port`, probe.port));
    }
  }
  return findings;
}

function checkServices(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects.filter(isCoreService)) {
    for (const port of recordsAt(object.object, ['spec', 'ports'])) {
      const { name, targetPort } = port.item;
      if (typeof name === 'string' && name !== '') {
        const problems = dns1123Label(name);
        const path = [...port.path, 'name'];
        if (problems.length > 0) {
          const valid = (c: string): boolean => dns1123Label(c).length === 0;
          findings.push({
            severity: 'error',
            message:
              `The Service port name "${name}" is not valid: ${problemsText(problems)}. A Service ` +
              "port name is a DNS-1123 label: at most 63 lower case letters, digits and '-'; keep " +
              `it to 15 characters so that an Ingress can refer to it.${advice(name, valid)} ` +
              `(API error: ${apiInvalid(path, name)}.)`,
            doc: object.doc,
            path,
          });
        }
      }
      // An empty targetPort is defaulted to `port` by the API server.
      if (typeof targetPort === 'string' && targetPort !== '') {
        findings.push(
          ...ianaFinding(object, [...port.path, 'targetPort'], 'named targetPort', targetPort),
        );
      }
    }
  }
  return findings;
}

function checkIngresses(objects: readonly ManifestObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects.filter(isIngress)) {
    for (const backend of ingressBackends(object)) {
      const port = backend.service.port;
      const name = isRecord(port) ? port.name : undefined;
      if (typeof name !== 'string' || name === '') continue;
      const path = [...backend.path, 'service', 'port', 'name'];
      findings.push(...ianaFinding(object, path, 'backend port name', name));
    }
  }
  return findings;
}

export const invalidPortName: Rule = {
  id: 'invalid-port-name',
  description:
    'Port names (container ports, named targetPorts, Ingress backends, probes) must be valid.',
  help:
    'A named port lets a Service, an Ingress and a probe refer to a container port by name (such ' +
    'as grpc) instead of by number. The name must be an IANA service name: at most 15 lower case ' +
    "letters, digits and '-', with at least one letter. A Service's own port names are DNS-1123 " +
    'labels (up to 63 characters), but an Ingress can only refer to one of at most 15.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  scope: 'object',
  check: ({ objects }) => [
    ...checkContainers(objects),
    ...checkServices(objects),
    ...checkIngresses(objects),
  ],
};
