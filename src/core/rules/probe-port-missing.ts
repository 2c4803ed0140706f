import { asRecord } from '../model/read';
import { setField } from '../model/commands';
import { brokenLinks, valueAt } from '../links/resolve';
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
    brokenLinks(graph, 'probe-port').map((link) => {
      const name = link.nearest ? asRecord(valueAt(objects, link.nearest)).name : undefined;
      return {
        severity: 'warning',
        message: link.reason ?? '',
        doc: link.from.doc,
        path: link.from.path,
        fix:
          typeof name === 'string' && name !== link.value
            ? {
                title: `Check container port \`${name}\``,
                commands: setField(link.from.doc, link.from.path, name),
              }
            : undefined,
      };
    }),
};
