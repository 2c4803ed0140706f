import { dns1123Label } from '../k8s/names';
import { uniqueName } from '../model/commands';
import { asArray, getPath } from '../model/read';
import { formatPath } from '../schema/validate';
import { isCoreService, recordsAt, type ItemAt } from './objects-walk';
import type { Finding, Rule } from './types';

/**
 * The name to give an unnamed port: its named targetPort (a container port called `grpc` makes
 * the Service port `grpc` too, which is what every gRPC example does), else `port-<number>`.
 */
function proposedName(port: ItemAt, taken: readonly string[]): string {
  const { targetPort, port: number } = port.item;
  if (
    typeof targetPort === 'string' &&
    dns1123Label(targetPort).length === 0 &&
    !taken.includes(targetPort)
  ) {
    return targetPort;
  }
  const base = typeof number === 'number' && Number.isInteger(number) ? `port-${number}` : 'port';
  return uniqueName(base, taken);
}

export const servicePortNameRequired: Rule = {
  id: 'service-port-name-required',
  description: 'A Service with more than one port must name every port.',
  help:
    'When a Service has several ports, each one needs a name, so that an Ingress backend ' +
    '(`port.name`), the endpoints and tools can tell them apart. The API server rejects a ' +
    'multi-port Service with an unnamed port. Name gRPC ports `grpc` (or `grpc-…`), which also ' +
    'tells ingress controllers and meshes that the port speaks gRPC.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    for (const object of objects.filter(isCoreService)) {
      const count = asArray(getPath(object.object, ['spec', 'ports'])).length;
      if (count < 2) continue;
      const ports = recordsAt(object.object, ['spec', 'ports']);
      const taken = ports
        .map((port) => port.item.name)
        .filter((name): name is string => typeof name === 'string' && name !== '');
      for (const port of ports) {
        const name = port.item.name;
        // A name of the wrong type is the schema rule's; only a missing or empty one is ours.
        if (name !== undefined && name !== null && name !== '') continue;
        const path = [...port.path, 'name'];
        const proposal = proposedName(port, taken);
        // Later proposals must not reuse it, so that applying every fix gives distinct names.
        taken.push(proposal);
        const number = port.item.port;
        const which = `ports[${port.index}]${typeof number === 'number' ? ` (port ${number})` : ''}`;
        findings.push({
          severity: 'error',
          message:
            `The Service${object.name ? ` "${object.name}"` : ''} has ${count} ports, so every ` +
            `port needs a name, and ${which} has none. The name is how an Ingress backend ` +
            `(port.name) and the endpoints tell the ports apart. Name it, e.g. "${proposal}". ` +
            `(API error: ${formatPath(path)}: Required value.)`,
          doc: object.doc,
          path,
          fix: {
            title: `Name the port "${proposal}"`,
            commands: [{ type: 'set', doc: object.doc, path, value: proposal }],
          },
        });
      }
    }
    return findings;
  },
};
