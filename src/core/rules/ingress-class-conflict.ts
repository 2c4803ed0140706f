import { asRecord } from '../model/read';
import type { RuleContext } from './context';
import type { Finding, Rule } from './types';

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

function check({ ingresses }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { object } of ingresses) {
    const root = asRecord(object.object);
    const annotation = asRecord(asRecord(root.metadata).annotations)[CLASS_ANNOTATION];
    const className = asRecord(root.spec).ingressClassName;
    // Both must be set; the same value twice is accepted (the deprecation is another rule's).
    if (typeof annotation !== 'string' || typeof className !== 'string' || annotation === className)
      continue;
    const path = ['metadata', 'annotations', CLASS_ANNOTATION];
    findings.push({
      severity: 'error',
      message:
        `The annotation \`${CLASS_ANNOTATION}: ${annotation}\` names the controller \`${annotation}\`, but ` +
        `\`spec.ingressClassName\` names \`${className}\`. The API server rejects an Ingress whose two ` +
        'class settings differ ("must match `ingressClassName` when both are specified"). The annotation ' +
        `is the deprecated way: remove it and keep \`ingressClassName: ${className}\` (or set ` +
        `ingressClassName to \`${annotation}\` if that is the controller you meant).`,
      doc: object.doc,
      path,
      fix: {
        title: `Remove the ${CLASS_ANNOTATION} annotation`,
        commands: [{ type: 'delete', doc: object.doc, path }],
      },
    });
  }
  return findings;
}

export const ingressClassConflict: Rule = {
  id: 'ingress-class-conflict',
  description: 'The Ingress class annotation and `spec.ingressClassName` must not disagree.',
  help:
    '`spec.ingressClassName` chooses the Ingress controller; the `kubernetes.io/ingress.class` annotation ' +
    'is the older, deprecated way to say the same. When both are set they must name the same class, or ' +
    'the API server rejects the Ingress. Keep `ingressClassName` and remove the annotation.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#deprecated-annotation',
  check,
};
