import { describe, expect, it } from 'vitest';
import { setField } from '../model/commands';
import { EXAMPLE_MANIFEST } from '../model/example';
import { deploymentPath } from '../model/paths';
import type { Path } from '../yaml/edit';
import { portReferencesTo, renamePortReferences } from './rename-port';
import { apply, errorLines, parse } from './testing';

const SERVICE_GRPC: Path = ['spec', 'ports', 0];
const CONTAINER_GRPC: Path = [...deploymentPath.container(0), 'ports', 0];

const only = (prefix: string, text: string) =>
  errorLines(text).filter((line) => line.startsWith(prefix));

describe('renamePortReferences on a Service port', () => {
  it('renaming only the port breaks the Ingress backend', () => {
    const text = apply(EXAMPLE_MANIFEST, setField(1, [...SERVICE_GRPC, 'name'], 'rpc'));
    expect(only('ingress-port-missing', text)).toHaveLength(1);
  });

  it('renames the port and the Ingress backend naming it; the targetPort is not about it', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(portReferencesTo(parsed, 1, SERVICE_GRPC)).toMatchObject([
      {
        doc: 0,
        path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'name'],
        kind: 'Ingress',
        link: 'ingress-backend-port',
      },
    ]);
    const text = apply(EXAMPLE_MANIFEST, renamePortReferences(parsed, 1, SERVICE_GRPC, 'rpc'));
    expect(text).toBe(
      EXAMPLE_MANIFEST.replace(
        '                  name: grpc\n',
        '                  name: rpc\n',
      ).replace('    - name: grpc\n      port: 9000\n', '    - name: rpc\n      port: 9000\n'),
    );
    expect(errorLines(text)).toEqual([]);
  });

  it('accepts the path of the name field itself', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(renamePortReferences(parsed, 1, [...SERVICE_GRPC, 'name'], 'rpc')).toEqual(
      renamePortReferences(parsed, 1, SERVICE_GRPC, 'rpc'),
    );
  });

  it('leaves backends that use the number, and GRPCRoute backendRefs, as they are', () => {
    const byNumber = EXAMPLE_MANIFEST.replace(
      '                  name: grpc\n',
      '                  number: 9000\n',
    );
    const route = `---
apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
spec:
  rules:
    - backendRefs: [{name: server, port: 9000}]
`;
    const parsed = parse(byNumber + route);
    expect(portReferencesTo(parsed, 1, SERVICE_GRPC)).toEqual([]);
    expect(renamePortReferences(parsed, 1, SERVICE_GRPC, 'rpc')).toEqual([
      { type: 'set', doc: 1, path: [...SERVICE_GRPC, 'name'], value: 'rpc' },
    ]);
  });

  it("updates GKE's app-protocols annotation, which maps port names to protocols", () => {
    const gke = EXAMPLE_MANIFEST.replace(
      '  labels:\n    app: server\nspec:\n  selector:',
      `  labels:\n    app: server\n  annotations:\n    cloud.google.com/app-protocols: '{"grpc": "HTTP2", "http-metrics": "HTTP"}'\nspec:\n  selector:`,
    );
    const parsed = parse(gke);
    expect(portReferencesTo(parsed, 1, SERVICE_GRPC).map((ref) => ref.link)).toEqual([
      'ingress-backend-port',
      'app-protocols',
    ]);
    const text = apply(gke, renamePortReferences(parsed, 1, SERVICE_GRPC, 'rpc'));
    expect(text).toContain(
      `cloud.google.com/app-protocols: '{"rpc": "HTTP2", "http-metrics": "HTTP"}'\n`,
    );
    // The other port's entry is not a reference to this port.
    expect(portReferencesTo(parsed, 1, ['spec', 'ports', 1]).map((ref) => ref.link)).toEqual([
      'app-protocols',
    ]);
  });

  it('gives nothing for the same name or a path that is no port', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(renamePortReferences(parsed, 1, SERVICE_GRPC, 'grpc')).toEqual([]);
    expect(renamePortReferences(parsed, 1, ['spec', 'ports', 5], 'rpc')).toEqual([]);
    expect(renamePortReferences(parsed, 9, SERVICE_GRPC, 'rpc')).toEqual([]);
    expect(portReferencesTo(parsed, 1, ['spec', 'ports', 5])).toEqual([]);
  });
});

const probed = EXAMPLE_MANIFEST.replace(
  `          readinessProbe:
            exec:
              command: ["/bin/grpc_health_probe", "--addr=:9000"]
            initialDelaySeconds: 10
          livenessProbe:
            exec:
              command: ["/bin/grpc_health_probe", "--addr=:9000"]
`,
  `          readinessProbe:
            tcpSocket:
              port: grpc # the gRPC port accepts connections
          startupProbe:
            grpc:
              port: 9000
          livenessProbe:
            httpGet:
              path: /metrics
              port: http-metrics
`,
);

describe('renamePortReferences on a container port', () => {
  it('renaming only the container port breaks the targetPort and the probe', () => {
    const text = apply(probed, setField(2, [...CONTAINER_GRPC, 'name'], 'rpc'));
    expect(only('service-target-port-missing', text)).toHaveLength(1);
    expect(errorLines(probed)).toEqual([]);
  });

  it('renames the targetPort of the selecting Service and the probes naming it', () => {
    const parsed = parse(probed);
    expect(portReferencesTo(parsed, 2, CONTAINER_GRPC).map((ref) => ref.link)).toEqual([
      'service-target-port',
      'probe-port',
    ]);
    const text = apply(probed, renamePortReferences(parsed, 2, CONTAINER_GRPC, 'rpc'));
    expect(text).toBe(
      probed
        .replace('      targetPort: grpc\n', '      targetPort: rpc\n')
        .replace('            - name: grpc\n', '            - name: rpc\n')
        .replace('port: grpc # the gRPC', 'port: rpc # the gRPC'),
    );
    expect(errorLines(text)).toEqual([]);
    expect(
      parse(text).documents[2]?.yaml.getIn([
        'spec',
        'template',
        'spec',
        'containers',
        0,
        'startupProbe',
        'grpc',
        'port',
      ]),
    ).toBe(9000);
  });

  it('leaves a Service in another namespace alone, though its selector matches the labels', () => {
    const other = `---
apiVersion: v1
kind: Service
metadata:
  name: server
  namespace: elsewhere
spec:
  selector:
    app: server
  ports:
    - name: grpc
      port: 9000
      targetPort: grpc
`;
    const parsed = parse(probed + other);
    expect(portReferencesTo(parsed, 2, CONTAINER_GRPC).map((ref) => ref.doc)).toEqual([1, 2]);
    const text = apply(probed + other, renamePortReferences(parsed, 2, CONTAINER_GRPC, 'rpc'));
    expect(text.endsWith('      targetPort: grpc\n')).toBe(true);
  });

  it('names an unnamed port without looking for references', () => {
    const unnamed = probed.replace(
      '            - name: http-metrics\n              containerPort: 9093',
      '            - containerPort: 9093',
    );
    const path = [...deploymentPath.container(0), 'ports', 1];
    expect(portReferencesTo(parse(unnamed), 2, path)).toEqual([]);
    expect(renamePortReferences(parse(unnamed), 2, path, 'metrics')).toEqual([
      { type: 'set', doc: 2, path: [...path, 'name'], value: 'metrics' },
    ]);
  });
});
