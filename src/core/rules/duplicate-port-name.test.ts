import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverManifest } from './objects-fixtures';
import { applyFix, findingsOf } from './testing';

const CONTAINER = ['spec', 'template', 'spec', 'containers', 0];

describe('duplicate-port-name', () => {
  it('reports the second container port with a name already used, without a fix', () => {
    const text = serverManifest({
      containerPorts:
        '\n            - name: grpc\n              containerPort: 9000\n            - name: grpc\n              containerPort: 9093',
    });
    const [diagnostic, ...rest] = findingsOf('duplicate-port-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      kind: 'Deployment',
      path: [...CONTAINER, 'ports', 1, 'name'],
      message:
        'The container "server" has two ports named "grpc" (ports[0] and ports[1]). A Service ' +
        'targetPort or a probe that names a port must find exactly one. Rename or remove one of ' +
        'them. (API error: spec.template.spec.containers[0].ports[1].name: Duplicate value: "grpc".)',
    });
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('removes a Service port that repeats another exactly', () => {
    const port = '\n    - name: grpc\n      port: 9000\n      targetPort: grpc';
    const text = serverManifest({ servicePorts: port + port });
    const [diagnostic, ...rest] = findingsOf('duplicate-port-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      kind: 'Service',
      path: ['spec', 'ports', 1, 'name'],
      fix: { title: 'Remove the repeated port "grpc"' },
    });
    expect(diagnostic?.message).toMatch(
      /^The Service "server" has two ports named "grpc" \(ports\[0\] and ports\[1\]\)\. An Ingress backend that names a Service port must find exactly one\. This one repeats the first exactly: remove it\./,
    );
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(serverManifest({ servicePorts: port }));
    expect(findingsOf('duplicate-port-name', fixed)).toEqual([]);
  });

  it('allows one name in two containers, and passes the built-in example', () => {
    const text = serverManifest().replace(
      '          ports:',
      '          ports:\n            - name: http\n              containerPort: 8080\n        - name: sidecar\n          image: example/sidecar:1.0\n          ports:\n            - name: http\n              containerPort: 8081',
    );
    expect(findingsOf('duplicate-port-name', text)).toEqual([]);
    expect(findingsOf('duplicate-port-name', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
