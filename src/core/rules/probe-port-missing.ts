import { setField } from '../model/commands';
import { brokenLinkFindings, nearestField } from './link-findings';
import type { Rule } from './types';

export const probePortMissing: Rule = {
  id: 'probe-port-missing',
  description: "An httpGet, tcpSocket or grpc probe checks one of its container's declared ports.",
  help:
    'A probe by port name only works when the container declares a port by that name; a probe by ' +
    'number on a port the container does not declare is often a leftover from an old port. A failing ' +
    'readiness probe keeps the pod out of the Service, a failing liveness probe restarts it.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  check: ({ graph, objects }) =>
    brokenLinkFindings(graph, 'probe-port', 'warning', (link) => {
      const name = nearestField(objects, link, 'name');
      return typeof name === 'string' && name !== link.value
        ? {
            title: `Check container port \`${name}\``,
            commands: setField(link.from.doc, link.from.path, name),
          }
        : undefined;
    }),
};
