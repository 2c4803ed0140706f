import { getPath } from '../model/read';
import {
  CONTROLLER_NAMES,
  OKTETO_GENERATE_HOST,
  hasOktetoGenerateHost,
  ingressController,
  isNginx,
} from '../profiles/controller';
import { describeBackend, grpcEvidence, ingressBackends } from '../profiles/backends';
import type { Finding, Rule } from './types';

export const grpcTlsMissing: Rule = {
  id: 'grpc-tls-missing',
  description: 'ingress-nginx only serves gRPC (HTTP/2) on its TLS port: a gRPC Ingress needs TLS.',
  help:
    'NGINX cannot speak HTTP/1.1 and HTTP/2 on the same plaintext port, so ingress-nginx speaks only HTTP/1.1 on port 80 ' +
    'and gRPC clients that connect without TLS fail. Give the Ingress a `spec.tls` entry (a TLS Secret for its host, ' +
    'for example from cert-manager) and connect clients to port 443 with TLS. On Okteto, ' +
    '`dev.okteto.com/generate-host` gives an HTTPS endpoint instead.',
  docsUrl: 'https://kubernetes.github.io/ingress-nginx/examples/grpc/',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, ingress } of context.ingresses) {
      const controller = ingressController(ingress, context.options);
      if (!isNginx(controller.profile) || !controller.profile) continue;
      if (ingress.tls.length > 0 || hasOktetoGenerateHost(ingress)) continue;
      const okteto = controller.profile === 'okteto-nginx';
      // Okteto serves hand-written hosts in its domain over HTTPS with its own certificate.
      if (okteto && ingress.rules.some((rule) => (rule.host ?? '') !== '')) continue;
      const grpc = ingressBackends(context, object).find(
        (view) => grpcEvidence(view) !== undefined,
      );
      if (!grpc) continue;
      const evidence = grpcEvidence(grpc) ?? '';
      const remedy = okteto
        ? `Let Okteto give it an HTTPS endpoint with \`${OKTETO_GENERATE_HOST}: "true"\`, or add a \`spec.tls\` entry with your host and a TLS Secret, and connect clients to port 443 with TLS.`
        : 'Add a `spec.tls` entry with your host and a TLS Secret (cert-manager can create one), and connect clients to port 443 with TLS.';
      findings.push({
        severity: 'error',
        message:
          `Ingress \`${ingress.meta.name ?? ''}\` is served by ${CONTROLLER_NAMES[controller.profile]} and routes gRPC to ${describeBackend(grpc)} ` +
          `(${evidence}), but it has no \`spec.tls\`. NGINX speaks HTTP/2 only on its TLS port (443); on port 80 it speaks HTTP/1.1, ` +
          `so gRPC clients that connect without TLS fail. ${remedy}`,
        doc: object.doc,
        path: getPath(object.object, ['spec', 'tls']) === undefined ? ['spec'] : ['spec', 'tls'],
        ...(okteto
          ? {
              fix: {
                title: `Add ${OKTETO_GENERATE_HOST}: "true" (an HTTPS endpoint from Okteto)`,
                commands: [
                  {
                    type: 'set' as const,
                    doc: object.doc,
                    path: ['metadata', 'annotations', OKTETO_GENERATE_HOST],
                    value: 'true',
                  },
                ],
              },
            }
          : {}),
      });
    }
    return findings;
  },
};
