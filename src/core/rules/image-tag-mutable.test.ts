import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';
import { imageTag } from './image-tag-mutable';

function deployment(image: string, policy = 'IfNotPresent'): string {
  return `apiVersion: apps/v1
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
          image: ${image}
          imagePullPolicy: ${policy}
`;
}

const POLICY_PATH = ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolicy'];

describe('image-tag-mutable', () => {
  it('reads the tag after the last slash only (a registry may have a port)', () => {
    expect(imageTag('registry:5000/team/server')).toBeUndefined();
    expect(imageTag('registry:5000/team/server:1.2')).toBe('1.2');
    expect(imageTag('server:latest')).toBe('latest');
  });

  it('warns about :latest with IfNotPresent, and sets Always as the fix', () => {
    const text = deployment('ghcr.io/acme/server:latest');
    const [finding, ...rest] = findingsOf('image-tag-mutable', text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      doc: 0,
      path: POLICY_PATH,
      message:
        'Container `server` of Deployment `server` runs image `ghcr.io/acme/server:latest`, which uses the tag ' +
        '`:latest`, with `imagePullPolicy: IfNotPresent`. A node pulls that image once and then keeps its copy, so ' +
        'after you push a new image, pods on that node still run the old one. Pin a tag that changes with every ' +
        'release (for example the git commit), or set `imagePullPolicy: Always` (removing the field does the same ' +
        'for an untagged or `:latest` image).',
    });
    const fixed = applyFix(text, finding);
    expect(fixed).toBe(deployment('ghcr.io/acme/server:latest', 'Always'));
    expect(findingsOf('image-tag-mutable', fixed)).toEqual([]);
  });

  it('passes pinned tags, digests, ${VAR} images and other pull policies', () => {
    expect(findingsOf('image-tag-mutable', deployment('acme/server:1.4.2'))).toEqual([]);
    expect(
      findingsOf('image-tag-mutable', deployment('acme/server@sha256:' + 'a'.repeat(64))),
    ).toEqual([]);
    expect(findingsOf('image-tag-mutable', deployment('acme/server:${OKTETO_GIT_COMMIT}'))).toEqual(
      [],
    );
    expect(findingsOf('image-tag-mutable', deployment('acme/server', 'Always'))).toEqual([]);
  });

  // The example keeps the tagless image and IfNotPresent of the Okteto tutorial it comes from:
  // its pipeline pins the tag with `kubectl set image`, but the file alone has the bug.
  it('warns about the built-in example, and says when an Okteto pipeline makes it harmless', () => {
    const [finding] = findingsOf('image-tag-mutable', EXAMPLE_MANIFEST);
    expect(finding).toMatchObject({ severity: 'warning', doc: 2, path: POLICY_PATH });
    expect(finding?.message).toContain(
      'runs image `okteto.dev/codingpot-pr12er-server`, which has no tag (which means `:latest`)',
    );
    expect(finding?.message).toContain(
      'If your Okteto pipeline pins the image to a commit before the rollout (`kubectl set image … :${OKTETO_GIT_COMMIT}`',
    );
  });
});
