import { asRecord } from '../model/read';
import { setBackendPort, setField } from '../model/commands';
import { valueAt } from '../links/queries';
import type { Link } from '../links/types';
import type { ManifestObject } from './context';
import { brokenLinkFindings } from './link-findings';
import type { QuickFix, Rule } from './types';

/** Points the backend at the Service port the resolver found: by name when it has one. */
function portFix(objects: readonly ManifestObject[], link: Link): QuickFix | undefined {
  if (link.nearest === null) return undefined;
  const port = asRecord(valueAt(objects, link.nearest));
  const name = typeof port.name === 'string' ? port.name : undefined;
  const number = typeof port.port === 'number' ? port.port : undefined;
  const target = name !== undefined ? { name } : number !== undefined ? { number } : undefined;
  if (target === undefined) return undefined;
  const title =
    'name' in target
      ? `Send to Service port \`${target.name}\``
      : `Send to the Service's port ${target.number}`;
  const path = link.from.path;
  const doc = link.from.doc;
  const last = path[path.length - 1];
  // networking/v1beta1 has one IntOrString `servicePort`; v1 has `service.port.name|number`.
  if (last === 'servicePort') return { title, commands: setField(doc, path, name ?? number) };
  const current = last === 'name' ? { name: link.value } : { number: Number(link.value) };
  return { title, commands: setBackendPort(doc, path.slice(0, -3), target, current) };
}

export const ingressPortMissing: Rule = {
  id: 'ingress-port-missing',
  description:
    "Every Ingress backend port is a port of its Service: the port's name or its `port`.",
  help:
    'An Ingress backend names a port of the Service, not of the container: `port.name` must be the ' +
    "name of one of the Service's ports, and `port.number` one of their `port` values. A targetPort or " +
    'containerPort number is the classic mistake; the controller then has no upstream and answers 503.',
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/ingress-v1/',
  check: ({ graph, objects }) =>
    brokenLinkFindings(graph, 'ingress-backend-port', 'error', (link) => portFix(objects, link)),
};
