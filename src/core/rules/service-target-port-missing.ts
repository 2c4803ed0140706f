import { asRecord } from '../model/read';
import { setField } from '../model/commands';
import { valueAt } from '../links/queries';
import type { Link } from '../links/types';
import type { ManifestObject } from './context';
import { brokenLinkFindings } from './link-findings';
import type { QuickFix, Rule } from './types';

/** Points the targetPort at the container port the resolver found: by name when it has one. */
function targetPortFix(objects: readonly ManifestObject[], link: Link): QuickFix | undefined {
  if (link.nearest === null) return undefined;
  const port = asRecord(valueAt(objects, link.nearest));
  const name = typeof port.name === 'string' ? port.name : undefined;
  const number = typeof port.containerPort === 'number' ? port.containerPort : undefined;
  const value = name ?? number;
  if (value === undefined || String(value) === link.value) return undefined;
  // Without a targetPort the link starts at `port`; the fix adds the targetPort beside it.
  const path = [...link.from.path.slice(0, -1), 'targetPort'];
  const title =
    name === undefined
      ? `Set targetPort to container port ${number ?? '?'}`
      : `Set targetPort to container port \`${name}\` (${number ?? '?'})`;
  return { title, commands: setField(link.from.doc, path, value) };
}

export const serviceTargetPortMissing: Rule = {
  id: 'service-target-port-missing',
  description: "Every Service port's targetPort is a port of the containers it selects.",
  help:
    'A Service forwards each port to its `targetPort` on the selected pods (no targetPort means the same ' +
    'number as `port`). A named targetPort must be the name of a container port with the same protocol, ' +
    'or the pod gets no traffic on that port at all. A number that no container declares may still work ' +
    'if the app listens there, but is very often a mistake.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  check: ({ graph, objects }) =>
    brokenLinkFindings(
      graph,
      'service-target-port',
      // A port name always holds a letter, so digits alone mean a number.
      (link) => (/^\d+$/.test(link.value) ? 'warning' : 'error'),
      (link) => targetPortFix(objects, link),
    ),
};
