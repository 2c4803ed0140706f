import type { EditCommand } from '../yaml/edit';
import { asRecord, getPath } from '../model/read';
import { CLASS_ANNOTATION } from '../profiles/controller';
import type { Finding, QuickFix, Rule } from './types';

/** Deletes the annotation, or the whole `annotations` map when it is the only entry. */
function deleteAnnotation(doc: number, object: unknown): EditCommand {
  const annotations = asRecord(getPath(object, ['metadata', 'annotations']));
  return Object.keys(annotations).length === 1
    ? { type: 'delete', doc, path: ['metadata', 'annotations'] }
    : { type: 'delete', doc, path: ['metadata', 'annotations', CLASS_ANNOTATION] };
}

export const ingressClassAnnotationDeprecated: Rule = {
  id: 'ingress-class-annotation-deprecated',
  description:
    'Use `spec.ingressClassName` instead of the `kubernetes.io/ingress.class` annotation.',
  help:
    'Since Kubernetes 1.18 an Ingress names its controller in `spec.ingressClassName`; the ' +
    '`kubernetes.io/ingress.class` annotation is deprecated. Most controllers still read it, but new ones may not, ' +
    'and the API server refuses to create an Ingress that sets both. Move the value to `spec.ingressClassName`.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#deprecated-annotation',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, ingress } of context.ingresses) {
      const raw = getPath(object.object, ['metadata', 'annotations', CLASS_ANNOTATION]);
      if (raw === undefined) continue;
      const value =
        typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
          ? String(raw).trim()
          : '';
      const field = ingress.ingressClassName?.trim();
      const name = ingress.meta.name ?? '';
      const written = `\`${CLASS_ANNOTATION}: ${value}\``;
      let message: string;
      let fix: QuickFix | undefined;
      if (field === undefined || field === '') {
        message =
          `Ingress \`${name}\` picks its controller with the annotation ${written}, deprecated since Kubernetes 1.18 ` +
          `in favour of the field \`spec.ingressClassName\`. Most controllers still read it, but newer ones may not. ` +
          (value === ''
            ? 'The annotation is empty: put your controller’s class in `spec.ingressClassName` and remove it.'
            : `Move it: \`spec.ingressClassName: ${value}\`.`);
        fix =
          value === ''
            ? undefined
            : {
                title: `Move the class to spec.ingressClassName: ${value}`,
                commands: [
                  { type: 'set', doc: object.doc, path: ['spec', 'ingressClassName'], value },
                  deleteAnnotation(object.doc, object.object),
                ],
              };
      } else if (field === value) {
        message =
          `Ingress \`${name}\` sets both \`spec.ingressClassName: ${field}\` and the deprecated annotation ${written}. ` +
          'The annotation adds nothing, and the API server refuses to create an Ingress that sets both ' +
          '("can not be set when the class field is also set"). Remove the annotation.';
        fix = {
          title: `Remove the ${CLASS_ANNOTATION} annotation`,
          commands: [deleteAnnotation(object.doc, object.object)],
        };
      } else {
        // Which of the two was meant is the user's call (ingress-class-conflict reports the error).
        message =
          `Ingress \`${name}\` sets \`spec.ingressClassName: ${field}\` and also the deprecated annotation ${written}, ` +
          'which names another class. Keep only `spec.ingressClassName`, with the class you mean.';
      }
      findings.push({
        severity: 'info',
        message,
        doc: object.doc,
        path: ['metadata', 'annotations', CLASS_ANNOTATION],
        atKey: true,
        ...(fix ? { fix } : {}),
      });
    }
    return findings;
  },
};
