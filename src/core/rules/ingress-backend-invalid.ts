import { asArray, asRecord, isRecord, type PlainRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { RuleContext } from './context';
import type { Finding, Rule } from './types';

const present = (value: unknown): boolean => value !== undefined && value !== null;

/** Every backend of an Ingress (the default backend, then each rule path) with its path. */
function backends(spec: PlainRecord): { path: Path; backend: unknown }[] {
  const result: { path: Path; backend: unknown }[] = [];
  if (present(spec.defaultBackend))
    result.push({ path: ['spec', 'defaultBackend'], backend: spec.defaultBackend });
  asArray(spec.rules).forEach((rule, ruleIndex) => {
    const http = asRecord(asRecord(rule).http);
    asArray(http.paths).forEach((entry, pathIndex) => {
      // A path entry that is not a map is a type error for `schema`.
      if (!isRecord(entry)) return;
      result.push({
        path: ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex, 'backend'],
        backend: entry.backend,
      });
    });
  });
  return result;
}

function backendFindings(doc: number, path: Path, backend: unknown): Finding[] {
  const record = asRecord(backend);
  const hasService = present(record.service);
  const hasResource = present(record.resource);
  if (hasService && hasResource) {
    return [
      {
        severity: 'error',
        message:
          'This backend has both `service` and `resource`; it must send traffic to exactly one of them, ' +
          'so the API server rejects it ("cannot set both resource and service backends"). For a gRPC ' +
          'server keep `service` and remove `resource`.',
        doc,
        path: [...path, 'resource'],
        atKey: true,
      },
    ];
  }
  if (!hasService && !hasResource) {
    return [
      {
        severity: 'error',
        message:
          'This backend says nowhere to send the traffic: give it a `service` with a `name` and a ' +
          '`port` (`name` or `number`). The API server rejects it ("resource or service backend is required").',
        doc,
        path,
      },
    ];
  }
  if (!hasService) return [];
  const portPath = [...path, 'service', 'port'];
  const port = asRecord(asRecord(record.service).port);
  // As the API reads them: an empty name and a zero number count as not set.
  const hasName = typeof port.name === 'string' && port.name !== '';
  const hasNumber = port.number !== undefined && port.number !== null && port.number !== 0;
  if (hasName && hasNumber) {
    return [
      {
        severity: 'error',
        message:
          `This backend's port has both \`name: ${String(port.name)}\` and \`number: ${String(port.number)}\`; ` +
          'it must have exactly one, so the API server rejects it ("cannot set both port name & port number"). ' +
          'A name keeps working when the port number changes, so keep the name.',
        doc,
        path: portPath,
        fix: {
          title: `Keep the port name ${String(port.name)}, remove the number`,
          commands: [{ type: 'delete', doc, path: [...portPath, 'number'] }],
        },
      },
    ];
  }
  if (!hasName && !hasNumber) {
    return [
      {
        severity: 'error',
        message:
          'This backend does not say which port of the Service to use: add `port: {name: <Service port name>}` ' +
          'or `port: {number: <Service port>}`. The API server rejects it ("port name or number is required").',
        doc,
        path: present(asRecord(record.service).port) ? portPath : [...path, 'service'],
      },
    ];
  }
  return [];
}

function check({ ingresses }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { object } of ingresses) {
    const spec = asRecord(asRecord(object.object).spec);
    if (!present(spec.defaultBackend) && asArray(spec.rules).length === 0) {
      findings.push({
        severity: 'error',
        message:
          'This Ingress routes nothing: it has neither `rules` nor a `defaultBackend`, so the API server ' +
          'rejects it ("either `defaultBackend` or `rules` must be specified"). Add a rule with a path `/` ' +
          'and pathType `Prefix` whose backend is your gRPC Service.',
        doc: object.doc,
        path: present(spec.rules) ? ['spec', 'rules'] : ['spec'],
      });
    }
    for (const { path, backend } of backends(spec))
      findings.push(...backendFindings(object.doc, path, backend));
  }
  return findings;
}

export const ingressBackendInvalid: Rule = {
  id: 'ingress-backend-invalid',
  description:
    'Every Ingress backend names one target and one port, and the Ingress has something to route.',
  help:
    'An Ingress backend sends traffic either to a Service (`service: {name, port}`) or to another ' +
    'resource, never both; the Service port is given by `name` or by `number`, never both. An Ingress ' +
    'needs `rules` or a `defaultBackend`. The API server rejects anything else.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules',
  check,
};
