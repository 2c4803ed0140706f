import { OKTETO_REGISTRY } from '../profiles/controller';
import { deploymentContainers } from './pod-templates';
import type { Finding, Rule } from './types';

/**
 * The tag of an image reference (`registry:5000/name:tag`), or undefined when it has none. The
 * registry may carry a port, so only a `:` after the last `/` starts a tag.
 */
export function imageTag(image: string): string | undefined {
  const name = image.slice(image.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  return colon === -1 ? undefined : name.slice(colon + 1);
}

export const imageTagMutable: Rule = {
  id: 'image-tag-mutable',
  description: 'An image with no tag or `:latest` should not use `imagePullPolicy: IfNotPresent`.',
  help:
    'An image without a tag means `:latest`, and `latest` moves every time you push. With ' +
    '`imagePullPolicy: IfNotPresent` a node pulls it once and keeps its copy, so after a new push some pods run the ' +
    'new image and some the old one. Pin a tag that changes with every release (a version or the git commit), pin a ' +
    'digest, or set `imagePullPolicy: Always`.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
  check: (context) => {
    const findings: Finding[] = [];
    for (const { object, deployment, container, path } of deploymentContainers(
      context.deployments,
    )) {
      const image = container.image?.trim();
      if (!image || container.imagePullPolicy !== 'IfNotPresent') continue;
      // A digest never moves; a `${VAR}` is filled in later (image-unexpanded-variable).
      if (image.includes('@') || image.includes('${')) continue;
      const tag = imageTag(image);
      if (tag !== undefined && tag !== 'latest') continue;
      const which =
        tag === undefined ? 'has no tag (which means `:latest`)' : 'uses the tag `:latest`';
      const okteto = image.startsWith(OKTETO_REGISTRY)
        ? ' If your Okteto pipeline pins the image to a commit before the rollout (`kubectl set image … :${OKTETO_GIT_COMMIT}`, ' +
          'as the pr12er pipeline does), the running pods are pinned and this does not bite; it does whenever the file is applied as it is.'
        : '';
      findings.push({
        severity: 'warning',
        message:
          `Container \`${container.name ?? ''}\` of Deployment \`${deployment.meta.name ?? ''}\` runs image \`${image}\`, which ${which}, ` +
          'with `imagePullPolicy: IfNotPresent`. A node pulls that image once and then keeps its copy, so after you push ' +
          'a new image, pods on that node still run the old one. Pin a tag that changes with every release (for example ' +
          `the git commit), or set \`imagePullPolicy: Always\` (removing the field does the same for an untagged or \`:latest\` image).${okteto}`,
        doc: object.doc,
        path: [...path, 'imagePullPolicy'],
        fix: {
          title: 'Set imagePullPolicy: Always',
          commands: [
            {
              type: 'set',
              doc: object.doc,
              path: [...path, 'imagePullPolicy'],
              value: 'Always',
            },
          ],
        },
      });
    }
    return findings;
  },
};
