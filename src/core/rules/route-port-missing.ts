import { asRecord } from '../model/read';
import { setField } from '../model/commands';
import { brokenLinks, valueAt } from '../links/resolve';
import type { Rule } from './types';

export const routePortMissing: Rule = {
  id: 'route-port-missing',
  description:
    "Every GRPCRoute backendRef has a port, and it is one of its Service's `port` values.",
  help:
    'A backendRef to a Service must say which Service port to use (`port` is required for Services), ' +
    "and it is the Service's own `port`, not the container's port or the targetPort.",
  docsUrl: 'https://gateway-api.sigs.k8s.io/reference/spec/#backendref',
  check: ({ graph, objects }) =>
    brokenLinks(graph, 'route-backend-port').map((link) => {
      const port = link.nearest ? asRecord(valueAt(objects, link.nearest)).port : undefined;
      return {
        severity: 'error',
        message: link.reason ?? '',
        doc: link.from.doc,
        path: link.from.path,
        fix:
          typeof port === 'number'
            ? {
                title: `Use the Service's port ${port}`,
                commands: setField(link.from.doc, link.from.path, port),
              }
            : undefined,
      };
    }),
};
