import { formatPath } from '../schema/validate';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { isCoreService, recordsAt } from './objects-walk';
import { podContainers } from './pod-templates';
import type { Finding, Rule } from './types';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

function check(object: ManifestObject, path: Path, value: unknown, service: boolean): Finding[] {
  // An empty protocol is defaulted to TCP; a non-string is the schema rule's type error.
  if (typeof value !== 'string' || value === '' || PROTOCOLS.includes(value)) return [];
  const upper = value.toUpperCase();
  const replacement = PROTOCOLS.includes(upper) ? upper : 'TCP';
  const why =
    replacement === upper
      ? `Protocol names are upper case: use "${upper}".`
      : 'The protocol of a port is its transport: TCP, UDP or SCTP. gRPC (like HTTP/2) runs over ' +
        'TCP, so use TCP. ' +
        (service
          ? 'To say that this Service port speaks gRPC, name it "grpc" (or "grpc-…") or set its ' +
            'appProtocol (kubernetes.io/h2c for gRPC without TLS).'
          : 'To say that the port speaks gRPC, name it "grpc" and name the Service port "grpc" or ' +
            'set its appProtocol.');
  return [
    {
      severity: 'error',
      message:
        `The port protocol "${value}" is not accepted by the API server. ${why} ` +
        `(API error: ${formatPath([...path])}: Unsupported value: ${JSON.stringify(value)}: ` +
        'supported values: "SCTP", "TCP", "UDP".)',
      doc: object.doc,
      path,
      fix: {
        title: `Set the protocol to ${replacement}`,
        commands: [{ type: 'set', doc: object.doc, path, value: replacement }],
      },
    },
  ];
}

export const invalidProtocol: Rule = {
  id: 'invalid-protocol',
  description: 'A port protocol must be TCP, UDP or SCTP.',
  help:
    "A port's `protocol` is the transport protocol, not the application protocol, so it is TCP " +
    '(the default), UDP or SCTP, in upper case. gRPC runs over TCP. Whether a Service port speaks ' +
    'gRPC is said by its name (`grpc`, `grpc-…`) or its `appProtocol`, not by `protocol`.',
  docsUrl: 'https://kubernetes.io/docs/reference/networking/service-protocols/',
  scope: 'object',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    for (const at of podContainers(objects)) {
      for (const port of recordsAt(at.container, ['ports'])) {
        const path = [...at.path, ...port.path, 'protocol'];
        findings.push(...check(at.object, path, port.item.protocol, false));
      }
    }
    for (const object of objects.filter(isCoreService)) {
      for (const port of recordsAt(object.object, ['spec', 'ports'])) {
        findings.push(...check(object, [...port.path, 'protocol'], port.item.protocol, true));
      }
    }
    return findings;
  },
};
