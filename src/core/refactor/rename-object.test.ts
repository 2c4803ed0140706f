import { describe, expect, it } from 'vitest';
import { setField } from '../model/commands';
import { EXAMPLE_MANIFEST } from '../model/example';
import { metaPath } from '../model/paths';
import { isNameTaken, referencesTo, renameReferences } from './rename-object';
import { apply, errorLines, parse } from './testing';

const BACKEND_NAME = '                name: server\n';
const SERVICE_HEAD = 'kind: Service\nmetadata:\n  name: server\n';

describe('renameReferences on the example', () => {
  it('renaming only the Service breaks the Ingress', () => {
    const text = apply(EXAMPLE_MANIFEST, setField(1, metaPath.name, 'api'));
    expect(errorLines(text).filter((line) => line.startsWith('ingress-service-missing'))).toEqual([
      'ingress-service-missing: Ingress ingress sends / to Service `server`, but there is no Service by that name in this namespace.',
    ]);
  });

  it('renames the Service and its Ingress backend, and nothing else', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(referencesTo(parsed, 1)).toEqual([
      {
        doc: 0,
        path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name'],
        kind: 'Ingress',
        name: 'ingress',
        namespace: null,
        link: 'ingress-backend-service',
        value: 'server',
      },
    ]);
    const commands = renameReferences(parsed, 1, 'api');
    expect(commands).toHaveLength(2);
    const text = apply(EXAMPLE_MANIFEST, commands);
    // Byte for byte the example with the two names changed: comments, quoting, order kept.
    expect(text).toBe(
      EXAMPLE_MANIFEST.replace(BACKEND_NAME, '                name: api\n').replace(
        SERVICE_HEAD,
        'kind: Service\nmetadata:\n  name: api\n',
      ),
    );
    expect(errorLines(text)).toEqual([]);
  });

  it('renames a Deployment alone: nothing refers to it by name', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(referencesTo(parsed, 2)).toEqual([]);
    const text = apply(EXAMPLE_MANIFEST, renameReferences(parsed, 2, 'grpc-server'));
    expect(text).toBe(
      EXAMPLE_MANIFEST.replace(
        'kind: Deployment\nmetadata:\n  name: server\n',
        'kind: Deployment\nmetadata:\n  name: grpc-server\n',
      ),
    );
    expect(errorLines(text)).toEqual([]);
  });

  it('gives nothing for the same name, a missing document or a broken one', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(renameReferences(parsed, 1, 'server')).toEqual([]);
    expect(renameReferences(parsed, 7, 'api')).toEqual([]);
    expect(renameReferences(parse('a: [\n'), 0, 'api')).toEqual([]);
  });

  it('says when the new name is taken by an object of the same kind and namespace', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(isNameTaken(parsed, 1, 'server')).toBe(false);
    // The Deployment is named `server` too, but it is another kind.
    expect(isNameTaken(parsed, 2, 'ingress')).toBe(false);
    const twoServices = apply(EXAMPLE_MANIFEST, [
      ...setField(2, ['kind'], 'Service'),
      ...setField(2, metaPath.name, 'api'),
    ]);
    expect(isNameTaken(parse(twoServices), 1, 'api')).toBe(true);
    expect(isNameTaken(parse(twoServices), 1, 'other')).toBe(false);
    const elsewhere = apply(twoServices, setField(2, metaPath.namespace, 'other'));
    expect(isNameTaken(parse(elsewhere), 1, 'api')).toBe(false);
  });
});

const twoNamespaces = `# Two teams, each with a Service called server.
apiVersion: v1
kind: Service
metadata:
  name: server
  namespace: team-a
spec:
  selector: {app: server}
  ports: [{name: grpc, port: 9000}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: a
  namespace: team-a
spec:
  defaultBackend:
    service:
      name: server # the default
      port:
        name: grpc
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: b
  namespace: team-b
spec:
  defaultBackend:
    service:
      name: server
      port:
        name: grpc
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: cross
  namespace: team-b
spec:
  rules:
    - backendRefs:
        - name: server
          namespace: team-a
          port: 9000
        - name: server
          port: 9000
`;

describe('renameReferences across namespaces', () => {
  it('renames the references in the Service namespace and those that name it, only', () => {
    const parsed = parse(twoNamespaces);
    expect(referencesTo(parsed, 0).map((ref) => [ref.doc, ref.path.join('.')])).toEqual([
      [1, 'spec.rules.0.http.paths.0.backend.service.name'],
      [1, 'spec.defaultBackend.service.name'],
      [3, 'spec.rules.0.backendRefs.0.name'],
    ]);
    const text = apply(twoNamespaces, renameReferences(parsed, 0, 'api'));
    expect(text).toContain('      name: api # the default\n');
    expect(text).toContain('        - name: api\n          namespace: team-a\n');
    // Team b's own references to `server` in team-b are not references to team-a's Service.
    expect(text).toContain(
      '  namespace: team-b\nspec:\n  defaultBackend:\n    service:\n      name: server\n',
    );
    expect(text).toContain('        - name: server\n          port: 9000\n');
    expect(parse(text).documents[0]?.name).toBe('api');
  });
});

const gatewayManifest = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
spec:
  gatewayClassName: example
  listeners: [{name: grpc, protocol: HTTP, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: grpc
spec:
  parentRefs:
    - name: gw
  rules:
    - backendRefs:
        - name: server
          port: 9000
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: gw
  rules:
    - backendRefs:
        - name: server
          kind: Service
          port: 9000
        - name: server
          group: multicluster.x-k8s.io
          kind: ServiceImport
          port: 9000
---
apiVersion: v1
kind: Service
metadata:
  name: server
spec:
  ports: [{name: grpc, port: 9000}]
`;

describe('renameReferences with the Gateway API', () => {
  it('renames a Gateway and the parentRefs of GRPCRoutes and HTTPRoutes', () => {
    const parsed = parse(gatewayManifest);
    expect(referencesTo(parsed, 0).map((ref) => `${ref.kind} ${ref.name ?? ''}`)).toEqual([
      'GRPCRoute grpc',
      'HTTPRoute web',
    ]);
    const text = apply(gatewayManifest, renameReferences(parsed, 0, 'edge'));
    expect(text.match(/- name: edge\n/g)).toHaveLength(2);
    expect(errorLines(text).filter((line) => line.startsWith('route-parent-missing'))).toEqual([]);
  });

  it('renames a Service in backendRefs of kind Service or no kind, never a ServiceImport', () => {
    const parsed = parse(gatewayManifest);
    const text = apply(gatewayManifest, renameReferences(parsed, 3, 'api'));
    expect(text.match(/- name: api\n/g)).toHaveLength(2);
    expect(text).toContain('- name: server\n          group: multicluster.x-k8s.io\n');
    expect(errorLines(text).filter((line) => line.startsWith('route-service-missing'))).toEqual([]);
  });
});

describe('renameReferences with an old Ingress', () => {
  it('renames `serviceName` of a networking.k8s.io/v1beta1 backend', () => {
    const old = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: old
spec:
  backend:
    serviceName: server
    servicePort: grpc
---
apiVersion: v1
kind: Service
metadata:
  name: server
spec:
  ports: [{name: grpc, port: 9000}]
`;
    const text = apply(old, renameReferences(parse(old), 1, 'api'));
    expect(text).toBe(
      old
        .replaceAll('name: server', 'name: api')
        .replace('serviceName: server', 'serviceName: api'),
    );
  });
});
