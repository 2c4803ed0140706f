import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import {
  APPLY_COMMAND,
  APPLY_WITH_ENVSUBST_COMMAND,
  oktetoBuildImages,
  oktetoManifest,
  placeholderVariables,
} from './okteto';

const TUTORIAL = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
  namespace: \${OKTETO_NAMESPACE}
spec:
  template:
    spec:
      containers:
        - name: server
          image: \${OKTETO_BUILD_SERVER_IMAGE}
          env:
            - name: NS
              value: \${OKTETO_NAMESPACE}
            - name: HOME_DIR
              value: $HOME
`;

describe('the Okteto manifest', () => {
  it('applies the kustomization when the manifests have no variables', () => {
    const text = oktetoManifest(EXAMPLE_MANIFEST);
    expect(parse(text)).toEqual({
      deploy: {
        commands: [
          { name: 'Apply the files listed in kustomization.yaml', command: APPLY_COMMAND },
        ],
      },
    });
    expect(APPLY_COMMAND).toBe('kubectl apply -k .');
  });

  it('fills ${VAR} placeholders in with envsubst, and builds the images Okteto names', () => {
    const text = oktetoManifest(TUTORIAL);
    const manifest: unknown = parse(text);
    expect(manifest).toEqual({
      build: { server: { context: '.' } },
      deploy: {
        commands: [
          {
            name: 'Fill in the variables and apply the files listed in kustomization.yaml',
            command: 'kubectl kustomize . | envsubst | kubectl apply -f -',
          },
        ],
      },
    });
    expect(APPLY_WITH_ENVSUBST_COMMAND).toContain('envsubst');
    expect(text).toContain('# The manifests use OKTETO_NAMESPACE, OKTETO_BUILD_SERVER_IMAGE');
    // No `${…}` of its own, in case Okteto expands variables in its manifest before running it.
    expect(text).not.toContain('${');
  });

  it('finds each braced placeholder once, in order, and no bare $VAR', () => {
    expect(placeholderVariables(TUTORIAL)).toEqual([
      'OKTETO_NAMESPACE',
      'OKTETO_BUILD_SERVER_IMAGE',
    ]);
    expect(placeholderVariables('a: ${1X} ${A_1} $${B}')).toEqual(['A_1', 'B']);
  });

  it('names the images of OKTETO_BUILD_<IMAGE>_* variables', () => {
    expect(
      oktetoBuildImages([
        'OKTETO_BUILD_SERVER_IMAGE',
        'OKTETO_BUILD_SERVER_TAG',
        'OKTETO_BUILD_MY_API_IMAGE',
        'OKTETO_NAMESPACE',
      ]),
    ).toEqual(['server', 'my-api']);
  });
});
