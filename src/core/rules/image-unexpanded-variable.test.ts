import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { findingsOf } from './testing';
import { placeholders } from './image-unexpanded-variable';

const TEXT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
spec:
  selector:
    matchLabels:
      app: server
  template:
    metadata:
      labels:
        app: server
    spec:
      containers:
        - name: server
          image: okteto.dev/server:\${OKTETO_GIT_COMMIT}
          env:
            - name: PORT
              value: "9000"
            - name: GITHUB_API_KEY
              value: "\${GITHUB_API_KEY}"
            - name: URL
              value: "https://\${HOST}:\${PORT}/"
            - name: NODE
              value: "$(NODE_NAME)"
`;

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('image-unexpanded-variable', () => {
  it('finds each ${VAR} once', () => {
    expect(placeholders('${A}-${B}-${A} $C $(D)')).toEqual(['${A}', '${B}']);
  });

  it('passes the built-in example', () => {
    expect(findingsOf('image-unexpanded-variable', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('tells about ${VAR} in the image and in env values, not $(VAR)', () => {
    const findings = findingsOf('image-unexpanded-variable', TEXT);
    expect(findings.map((finding) => [finding.severity, finding.path])).toEqual([
      ['info', [...CONTAINER, 'image']],
      ['info', [...CONTAINER, 'env', 1, 'value']],
      ['info', [...CONTAINER, 'env', 2, 'value']],
    ]);
    expect(findings[0]?.message).toBe(
      'The image `okteto.dev/server:${OKTETO_GIT_COMMIT}` of container `server` of Deployment `server` contains ' +
        '`${OKTETO_GIT_COMMIT}`. Neither kubectl nor Kubernetes fills in variables: this only works when your ' +
        'pipeline runs envsubst before applying (`envsubst < server.yaml | kubectl apply -f -`), as Okteto ' +
        'pipelines often do. Applied as it is, the pod cannot start: the kubelet rejects the image name (InvalidImageName).',
    );
    expect(findings[1]?.message).toMatch(
      /^The env variable `GITHUB_API_KEY` of container `server` of Deployment `server` is set to `\$\{GITHUB_API_KEY\}`\. Neither kubectl/,
    );
    expect(findings[1]?.message).toContain('`valueFrom.secretKeyRef`');
    expect(findings[2]?.message).toContain('which contains `${HOST}`, `${PORT}`.');
  });

  it('is not image-tag-mutable too', () => {
    const withPolicy = TEXT.replace(
      '          env:\n',
      '          imagePullPolicy: IfNotPresent\n          env:\n',
    );
    expect(findingsOf('image-tag-mutable', withPolicy)).toEqual([]);
  });
});
