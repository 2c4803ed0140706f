import { setField } from '../model/commands';
import { brokenLinkFindings, nearestField } from './link-findings';
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
    brokenLinkFindings(graph, 'route-backend-port', 'error', (link) => {
      const port = nearestField(objects, link, 'port');
      return typeof port === 'number'
        ? {
            title: `Use the Service's port ${port}`,
            commands: setField(link.from.doc, link.from.path, port),
          }
        : undefined;
    }),
};
