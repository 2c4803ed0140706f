import { renameToNearest } from '../links/queries';
import { brokenLinkFindings } from './link-findings';
import type { Rule } from './types';

export const ingressServiceMissing: Rule = {
  id: 'ingress-service-missing',
  description: 'Every Ingress backend names a Service that exists in the same namespace.',
  help:
    'An Ingress sends each request to the Service named in `backend.service.name`. Kubernetes looks ' +
    'for that Service in the namespace of the Ingress only; when there is none, the ingress controller ' +
    'answers 503. Check the spelling, or create the Service in this namespace.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource',
  check: ({ graph }) =>
    brokenLinkFindings(graph, 'ingress-backend-service', 'error', (link) =>
      renameToNearest(graph, link, 'Service'),
    ),
};
