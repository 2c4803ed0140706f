import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { ingressManifest, serverManifest } from './objects-fixtures';
import { applyFix, findingsOf } from './testing';

const CONTAINER_NAME = ['spec', 'template', 'spec', 'containers', 0, 'name'];
const BACKEND_NAME = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name'];

describe('invalid-name', () => {
  it('reports a Service name that is not a DNS-1035 label and renames it when nothing refers to it', () => {
    const text = serverManifest({ serviceName: 'Grpc_Server' });
    const [diagnostic, ...rest] = findingsOf('invalid-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: ['metadata', 'name'],
      kind: 'Service',
      message:
        'The Service name "Grpc_Server" is not valid: it must consist of lower case letters, ' +
        "digits or '-', start with a letter, and end with a letter or digit. A Service name " +
        'becomes a DNS name in the cluster (<name>.<namespace>.svc), so it must be a DNS-1035 ' +
        "label: at most 63 lower case letters, digits and '-', starting with a letter. Use " +
        '"grpc-server". (API error: metadata.name: Invalid value: "Grpc_Server".)',
      fix: { title: 'Rename the Service to "grpc-server"' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(serverManifest({ serviceName: 'grpc-server' }));
    expect(findingsOf('invalid-name', fixed)).toEqual([]);
  });

  it('accepts dots in a Deployment name but not in a Service name', () => {
    const deployment = serverManifest().replace(
      'kind: Deployment\nmetadata:\n  name: server',
      'kind: Deployment\nmetadata:\n  name: grpc.server',
    );
    expect(findingsOf('invalid-name', deployment)).toEqual([]);
    const [diagnostic] = findingsOf('invalid-name', serverManifest({ serviceName: 'grpc.server' }));
    expect(diagnostic).toMatchObject({ kind: 'Service', path: ['metadata', 'name'] });
    expect(diagnostic?.message).toContain('"grpc-server"');
  });

  it('suggests but does not apply a rename that would break a reference', () => {
    const text =
      serverManifest({ serviceName: 'Server' }) +
      '---\n' +
      ingressManifest(
        '\n                name: Server\n                port:\n                  name: grpc',
      );
    const diagnostics = findingsOf('invalid-name', text);
    expect(diagnostics.map((d) => [d.kind, d.path])).toEqual([
      ['Service', ['metadata', 'name']],
      ['Ingress', BACKEND_NAME],
    ]);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.fix).toBeUndefined();
      expect(diagnostic.message).toContain(
        'Rename it, e.g. to "server", and change every reference to it as well.',
      );
    }
  });

  it('gives no suggestion for a Service name starting with a digit', () => {
    const [diagnostic] = findingsOf('invalid-name', serverManifest({ serviceName: '1api' }));
    expect(diagnostic?.message).toMatch(
      /start with a letter.*\(API error: metadata\.name: Invalid value: "1api"\.\)$/,
    );
    expect(diagnostic?.message).not.toContain('Use "');
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('reports a container name that is not a DNS-1123 label and renames it', () => {
    const text = serverManifest({ containerName: 'Grpc_Server' });
    const [diagnostic, ...rest] = findingsOf('invalid-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      kind: 'Deployment',
      path: CONTAINER_NAME,
      message:
        'The container name "Grpc_Server" is not valid: it must consist of lower case letters, ' +
        "digits or '-', and must start and end with a letter or digit. A container name must be " +
        'a DNS-1123 label: at most 63 lower case letters, digits and \'-\'. Use "grpc-server". ' +
        '(API error: spec.template.spec.containers[0].name: Invalid value: "Grpc_Server".)',
      fix: { title: 'Rename the container to "grpc-server"' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(serverManifest({ containerName: 'grpc-server' }));
    expect(findingsOf('invalid-name', fixed)).toEqual([]);
  });

  it('points an Ingress backend at the Service its name was meant to be', () => {
    const text =
      serverManifest() +
      '---\n' +
      ingressManifest(
        '\n                name: Server\n                port:\n                  name: grpc',
      );
    const [diagnostic, ...rest] = findingsOf('invalid-name', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      kind: 'Ingress',
      path: BACKEND_NAME,
      fix: { title: 'Point the backend at Service "server"' },
    });
    expect(diagnostic?.message).toMatch(/^The backend Service name "Server" is not valid: /);
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('name: Server', 'name: server'));
    expect(findingsOf('invalid-name', fixed)).toEqual([]);
  });

  it('checks workloads other than Deployments, and leaves RBAC names alone', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 0 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: Backup_Job
              image: busybox:1.36
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: system:aggregate-to-view
rules: []
`;
    const diagnostics = findingsOf('invalid-name', text);
    expect(diagnostics.map((d) => d.path)).toEqual([
      ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'name'],
    ]);
  });

  it('passes valid names, the built-in example and half-written objects', () => {
    expect(findingsOf('invalid-name', serverManifest())).toEqual([]);
    expect(findingsOf('invalid-name', EXAMPLE_MANIFEST)).toEqual([]);
    const broken =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: 42\nspec:\n  template:\n    spec:\n      containers: [7, {name: [x]}]\n';
    expect(findingsOf('invalid-name', broken)).toEqual([]);
  });
});
