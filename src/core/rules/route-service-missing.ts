import { renameToNearest } from '../links/queries';
import { brokenLinkFindings } from './link-findings';
import type { Rule } from './types';

export const routeServiceMissing: Rule = {
  id: 'route-service-missing',
  description: 'Every GRPCRoute backendRef names a Service among the manifests.',
  help:
    'A GRPCRoute sends each matched call to the Services in `backendRefs`. A name that matches no ' +
    "Service (in the ref's namespace, else the route's) leaves the rule with no backend, and the " +
    'Gateway answers with an error. Check the spelling, or add the Service.',
  docsUrl: 'https://gateway-api.sigs.k8s.io/api-types/grpcroute/',
  check: ({ graph }) =>
    brokenLinkFindings(graph, 'route-backend-service', 'error', (link) =>
      renameToNearest(graph, link, 'Service'),
    ),
};
