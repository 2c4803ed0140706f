/**
 * The `okteto.yaml` of an export for the Okteto profile: an Okteto manifest whose `deploy`
 * applies the exported files (https://www.okteto.com/docs/reference/okteto-manifest/).
 *
 * Okteto tutorials write `${OKTETO_NAMESPACE}` or `${OKTETO_BUILD_SERVER_IMAGE}` into their
 * manifests. kubectl does not expand variables, so when the text has any, the deploy pipes the
 * files through `envsubst` first; for each `OKTETO_BUILD_<IMAGE>_*` variable, a `build` entry
 * makes Okteto build that image (and set the variable).
 */

export const OKTETO_FILE_NAME = 'okteto.yaml';
export const APPLY_COMMAND = 'kubectl apply -k .';
export const APPLY_WITH_ENVSUBST_COMMAND = 'kubectl kustomize . | envsubst | kubectl apply -f -';

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const BUILD_VARIABLE = /^OKTETO_BUILD_([A-Z0-9_]+?)_(IMAGE|REGISTRY|REPOSITORY|TAG|SHA)$/;

/** The `${VAR}` placeholders of a text, each once, in the order they first appear. */
export function placeholderVariables(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/** How the files are applied: through `envsubst` when they have placeholders. */
export function applyCommand(variables: readonly string[]): string {
  return variables.length === 0 ? APPLY_COMMAND : APPLY_WITH_ENVSUBST_COMMAND;
}

/** The images Okteto must build for `OKTETO_BUILD_<IMAGE>_IMAGE` (and its relatives) to be set. */
export function oktetoBuildImages(variables: readonly string[]): string[] {
  const images = variables.flatMap((variable) => {
    const image = BUILD_VARIABLE.exec(variable)?.[1];
    // Okteto upper-cases the image name and writes `-` as `_`; the way back is a guess.
    return image === undefined ? [] : [image.toLowerCase().replace(/_/g, '-')];
  });
  return [...new Set(images)];
}

/** The Okteto manifest that deploys an export of `text`. */
export function oktetoManifest(text: string): string {
  const variables = placeholderVariables(text);
  const images = oktetoBuildImages(variables);
  const lines = [
    '# Okteto manifest: `okteto deploy` runs the commands below in this folder.',
    '# Reference: https://www.okteto.com/docs/reference/okteto-manifest/',
  ];
  if (variables.length > 0) {
    lines.push(
      `# The manifests use ${variables.join(', ')}: envsubst fills them in`,
      '# from the environment before kubectl applies the result.',
    );
  }
  if (images.length > 0) {
    lines.push('build:');
    for (const image of images) {
      const variable = `OKTETO_BUILD_${image.toUpperCase().replace(/-/g, '_')}_IMAGE`;
      lines.push(
        `  ${image}:`,
        `    # The folder of the Dockerfile of the image Okteto puts in ${variable}.`,
        '    context: .',
      );
    }
  }
  lines.push(
    'deploy:',
    '  commands:',
    variables.length === 0
      ? '    - name: Apply the files listed in kustomization.yaml'
      : '    - name: Fill in the variables and apply the files listed in kustomization.yaml',
    `      command: ${applyCommand(variables)}`,
  );
  return `${lines.join('\n')}\n`;
}
