import type { RuleContext } from './context';
import { getPath, isRecord } from '../model/read';
import {
  annotationPath,
  hasOktetoGenerateHost,
  ingressController,
  OKTETO_GENERATE_HOST,
  OKTETO_REGISTRY,
} from '../profiles/controller';
import type { Finding, Rule } from './types';

const OKTETO_PREFIX = 'dev.okteto.com/';

function hasOktetoKey(map: unknown): boolean {
  return isRecord(map) && Object.keys(map).some((key) => key.startsWith(OKTETO_PREFIX));
}

/** Signs that the manifests are made for Okteto: its annotations or labels, or its registry. */
function looksLikeOkteto(context: RuleContext): boolean {
  const marked = context.objects.some(
    (object) =>
      hasOktetoKey(getPath(object.object, ['metadata', 'annotations'])) ||
      hasOktetoKey(getPath(object.object, ['metadata', 'labels'])),
  );
  return (
    marked ||
    context.deployments.some(({ deployment }) =>
      deployment.containers.some((container) => container.image?.startsWith(OKTETO_REGISTRY)),
    )
  );
}

export const oktetoHostMissing: Rule = {
  id: 'okteto-host-missing',
  description:
    'On Okteto, an Ingress needs `dev.okteto.com/generate-host` or a host in your Okteto domain.',
  help:
    'Okteto gives an Ingress a public HTTPS endpoint when it has the annotation `dev.okteto.com/generate-host: "true"` ' +
    '(the host becomes `<ingress>-<namespace>.<your Okteto domain>`), or when a rule has a host that ends in ' +
    '`-<namespace>.<your Okteto domain>`. An Ingress with neither has no address anyone can reach.',
  docsUrl: 'https://www.okteto.com/docs/core/endpoints/ingress/',
  check: (context) => {
    const findings: Finding[] = [];
    const okteto = looksLikeOkteto(context);
    for (const { object, ingress } of context.ingresses) {
      const { profile } = ingressController(ingress, context.options);
      // Another controller named in the Ingress is not Okteto's.
      const onOkteto =
        profile === 'okteto-nginx' ||
        context.options.profile === 'okteto-nginx' ||
        (okteto && (profile === undefined || profile === 'nginx'));
      if (!onOkteto || hasOktetoGenerateHost(ingress)) continue;
      if (ingress.rules.some((rule) => (rule.host ?? '').trim() !== '')) continue;
      const written = ingress.meta.annotations[OKTETO_GENERATE_HOST];
      findings.push({
        severity: 'warning',
        message:
          `Ingress \`${ingress.meta.name ?? ''}\` is for Okteto but has no host` +
          (written === undefined
            ? ` and no \`${OKTETO_GENERATE_HOST}\` annotation`
            : `, and \`${OKTETO_GENERATE_HOST}\` is "${written}"`) +
          ', so Okteto gives it no public endpoint and no request reaches it. Add ' +
          `\`${OKTETO_GENERATE_HOST}: "true"\`: Okteto then serves it at \`${ingress.meta.name ?? '<ingress>'}-<namespace>.<your Okteto domain>\` over HTTPS.`,
        doc: object.doc,
        path: annotationPath(object.object, OKTETO_GENERATE_HOST),
        fix: {
          title: `Add ${OKTETO_GENERATE_HOST}: "true"`,
          commands: [
            {
              type: 'set',
              doc: object.doc,
              path: ['metadata', 'annotations', OKTETO_GENERATE_HOST],
              value: 'true',
            },
          ],
        },
      });
    }
    return findings;
  },
};
