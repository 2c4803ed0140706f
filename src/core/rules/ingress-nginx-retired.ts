import type { Path } from '../yaml/edit';
import {
  CLASS_ANNOTATION,
  describeSource,
  ingressController,
  isNginx,
  type IngressController,
} from '../profiles/controller';
import { commandsForProfile } from '../profiles/switch';
import type { Finding, QuickFix, Rule } from './types';

/**
 * The way off ingress-nginx the message points to, as one click: the whole manifest switched
 * to the Gateway API profile (each Ingress becomes a Gateway and a GRPCRoute), worked out from
 * the text when the fix is applied. A switch needs every document to read, so the fix is offered
 * only while none has a syntax error; the check runs again on every edit, so the text a shown
 * fix is applied to always reads.
 */
const GATEWAY_API_FIX: QuickFix = {
  title: 'Switch to the Gateway API (GRPCRoute)',
  commands: [],
  derive: (text) => {
    const planned = commandsForProfile(text, 'gateway-api');
    return planned.ok ? planned.commands : [];
  },
};

/** The field that made kubewire decide on ingress-nginx. */
function sourcePath(controller: IngressController): Path {
  switch (controller.source) {
    case 'ingressClassName':
      return ['spec', 'ingressClassName'];
    case 'annotation':
      return ['metadata', 'annotations', CLASS_ANNOTATION];
    case 'profile':
    case 'none':
      return ['metadata', 'name'];
  }
}

export const ingressNginxRetired: Rule = {
  id: 'ingress-nginx-retired',
  description: 'ingress-nginx is retired: plan a move to the Gateway API.',
  help:
    'The Kubernetes ingress-nginx project got best-effort maintenance until March 2026; after that there are no ' +
    'releases, bug fixes or security fixes. Existing installations keep working, but SIG Network recommends ' +
    'migrating to the Gateway API (GRPCRoute for gRPC) or another controller. Choose the Gateway API profile to build one.',
  docsUrl: 'https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, ingress } of context.ingresses) {
      const controller = ingressController(ingress, context.options);
      if (!isNginx(controller.profile)) continue;
      const okteto =
        controller.profile === 'okteto-nginx'
          ? ' On Okteto the platform runs the controller for you, so this is Okteto’s to handle; it matters when you take these manifests to another cluster.'
          : '';
      findings.push({
        severity: 'info',
        message:
          `Ingress \`${ingress.meta.name ?? ''}\` is served by ingress-nginx (from ${describeSource(controller)}). ` +
          'ingress-nginx is retired: its best-effort maintenance ended in March 2026, so it gets no more releases, ' +
          'bug fixes or security fixes. It keeps working where it is installed, but for a new setup choose the ' +
          `Gateway API profile (a Gateway and a GRPCRoute) or another controller.${okteto}`,
        doc: object.doc,
        path: sourcePath(controller),
        ...(context.manifest.syntaxErrors.length === 0 ? { fix: GATEWAY_API_FIX } : {}),
      });
    }
    return findings;
  },
};
