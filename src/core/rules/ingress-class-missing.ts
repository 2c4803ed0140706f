import { getPath } from '../model/read';
import { CLASS_ANNOTATION, hasOktetoGenerateHost } from '../profiles/controller';
import type { Ingress } from '../model/kinds';
import type { Finding, Rule } from './types';

/** Annotation prefixes that only one controller reads: they give away which one was meant. */
const CLASS_BY_ANNOTATION_PREFIX: readonly (readonly [string, string])[] = [
  ['nginx.ingress.kubernetes.io/', 'nginx'],
  ['traefik.ingress.kubernetes.io/', 'traefik'],
  ['alb.ingress.kubernetes.io/', 'alb'],
];

/** The class the Ingress's other annotations point at, when they all point at one. */
function classFromAnnotations(ingress: Ingress): string | undefined {
  const classes = new Set(
    Object.keys(ingress.meta.annotations).flatMap((key) =>
      CLASS_BY_ANNOTATION_PREFIX.filter(([prefix]) => key.startsWith(prefix)).map(
        ([, className]) => className,
      ),
    ),
  );
  return classes.size === 1 ? [...classes][0] : undefined;
}

export const ingressClassMissing: Rule = {
  id: 'ingress-class-missing',
  description: 'An Ingress should say which ingress controller serves it.',
  help:
    'An Ingress is only served by the controller whose class it names in `spec.ingressClassName` (nginx, traefik, ' +
    'gce, alb, …). Without one, it falls to the cluster’s default IngressClass, and when the cluster has none, no ' +
    'controller serves it and nothing is routed. kubewire also needs the class (or a chosen profile) to check the gRPC ' +
    'settings of that controller.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#default-ingress-class',
  check: (context) => {
    if (context.options.profile !== undefined) return [];
    const findings: Finding[] = [];
    for (const { object, ingress } of context.ingresses) {
      if (ingress.ingressClassName?.trim()) continue;
      if (ingress.meta.annotations[CLASS_ANNOTATION]?.trim()) continue;
      const guess = classFromAnnotations(ingress);
      const okteto = hasOktetoGenerateHost(ingress)
        ? ' On Okteto the cluster’s default class (nginx) serves it, so set `ingressClassName: nginx` or choose the Okteto profile.'
        : '';
      const hint = guess
        ? ` Its annotations are for ${guess}, so \`ingressClassName: ${guess}\` is probably what you want.`
        : ' Set `spec.ingressClassName` to your controller’s class (for example nginx, traefik, gce or alb), or choose a profile for the project.';
      findings.push({
        severity: 'warning',
        message:
          `Ingress \`${ingress.meta.name ?? ''}\` does not say which ingress controller serves it: it has no \`spec.ingressClassName\` ` +
          `and no \`${CLASS_ANNOTATION}\` annotation. It is then served only if the cluster has a default IngressClass; ` +
          `otherwise no controller picks it up and no request reaches your Service.${hint}${okteto}`,
        doc: object.doc,
        path: getPath(object.object, ['spec']) === undefined ? [] : ['spec'],
        ...(guess
          ? {
              fix: {
                title: `Set spec.ingressClassName to ${guess}`,
                commands: [
                  {
                    type: 'set' as const,
                    doc: object.doc,
                    path: ['spec', 'ingressClassName'],
                    value: guess,
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
