import { deploymentContainers } from './pod-templates';
import type { Finding, Rule } from './types';

/** The `${VAR}` placeholders in a text, each once, in order. */
export function placeholders(text: string): string[] {
  return [...new Set(text.match(/\$\{[^}]*\}/g) ?? [])];
}

const ENVSUBST =
  'Neither kubectl nor Kubernetes fills in variables: this only works when your pipeline runs envsubst before applying ' +
  '(`envsubst < server.yaml | kubectl apply -f -`), as Okteto pipelines often do.';

function list(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}

export const imageUnexpandedVariable: Rule = {
  id: 'image-unexpanded-variable',
  description:
    'A `${VAR}` in an image or an env value must be filled in (envsubst) before applying.',
  help:
    'Kubernetes and kubectl do not expand `${VAR}` in manifests. Pipelines such as Okteto’s run `envsubst` on the ' +
    'files before `kubectl apply`, which replaces every `${VAR}` with the variable’s value. Applied without it, an ' +
    'image with `${…}` cannot be pulled (InvalidImageName) and an env value is passed on literally.',
  docsUrl: 'https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, deployment, container, path: containerPath } of deploymentContainers(
      context.deployments,
    )) {
      const where = `container \`${container.name ?? ''}\` of Deployment \`${deployment.meta.name ?? ''}\``;
      const inImage = placeholders(container.image ?? '');
      if (inImage.length > 0) {
        findings.push({
          severity: 'info',
          message:
            `The image \`${container.image ?? ''}\` of ${where} contains ${list(inImage)}. ${ENVSUBST} ` +
            'Applied as it is, the pod cannot start: the kubelet rejects the image name (InvalidImageName).',
          doc: object.doc,
          path: [...containerPath, 'image'],
        });
      }
      container.env.forEach((entry, envIndex) => {
        const found = placeholders(entry.value ?? '');
        if (found.length === 0) return;
        findings.push({
          severity: 'info',
          message:
            `The env variable \`${entry.name ?? ''}\` of ${where} is set to \`${entry.value ?? ''}\`` +
            (found.length === 1 && found[0] === entry.value
              ? '. '
              : `, which contains ${list(found)}. `) +
            `${ENVSUBST} Applied as it is, the container gets the text \`${entry.value ?? ''}\` literally. ` +
            'For a secret such as an API key, `valueFrom.secretKeyRef` keeps it out of the file.',
          doc: object.doc,
          path: [...containerPath, 'env', envIndex, 'value'],
        });
      });
    }
    return findings;
  },
};
