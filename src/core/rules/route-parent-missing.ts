import { renameToNearest } from '../links/queries';
import { brokenLinkFindings } from './link-findings';
import type { Rule } from './types';

export const routeParentMissing: Rule = {
  id: 'route-parent-missing',
  description: 'Every GRPCRoute parentRef names a Gateway among the manifests.',
  help:
    'A GRPCRoute only receives traffic once it is attached to a Gateway through `parentRefs`. The ' +
    "Gateway is looked for in the ref's `namespace`, else in the route's own namespace. Check the name, " +
    'or add the Gateway to the manifests.',
  docsUrl: 'https://gateway-api.sigs.k8s.io/api-types/grpcroute/',
  check: ({ graph }) =>
    brokenLinkFindings(graph, 'route-parent', 'error', (link) =>
      renameToNearest(graph, link, 'Gateway'),
    ),
};
