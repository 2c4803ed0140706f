import { describe, expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { EXAMPLE_MANIFEST } from '../model/example';
import { manifestObjects } from '../rules/context';
import { parseManifest } from '../yaml/parse';
import { resolveLinks } from './resolve';
import { LINK_TABLE } from './table';
import type { Link, LinkGraph, LinkKind } from './types';

function graphOf(...texts: string[]): LinkGraph {
  return resolveLinks(manifestObjects(parseManifest(texts.join('\n---\n'))));
}

/** One line per link: kind, state, value, and the ends a beginner sees. */
function summary(links: readonly Link[]): string[] {
  return links.map(
    (link) =>
      `${link.kind} ${link.state} ${link.value}: ${link.from.label} -> ${link.to?.label ?? '(none)'}`,
  );
}

function ofKind(graph: LinkGraph, kind: LinkKind): Link[] {
  return graph.links.filter((link) => link.kind === kind);
}

function only(graph: LinkGraph, kind: LinkKind): Link {
  const links = ofKind(graph, kind);
  expect(links).toHaveLength(1);
  const [link] = links;
  if (!link) throw new Error(`no ${kind} link`);
  return link;
}

const service = (body: string, name = 'server', namespace?: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
${body}`;

const deployment = (
  labels: string,
  ports: string,
  name = 'server',
  extra = '',
  namespace?: string,
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  selector:
    matchLabels: ${labels}
  template:
    metadata:
      labels: ${labels}
    spec:
      containers:
        - name: ${name}
          image: example/${name}:1
          ports: ${ports}${extra}`;

const ingress = (backend: string, namespace?: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: ${backend}`;

describe('resolveLinks on the built-in example', () => {
  it('resolves every link of the chain', () => {
    const graph = graphOf(EXAMPLE_MANIFEST);
    expect(summary(graph.links)).toEqual([
      'ingress-backend-service resolved server: Ingress ingress path / -> Service server',
      'ingress-backend-port resolved grpc: Ingress ingress path / port grpc -> Service server port grpc',
      'service-selector resolved app=server: Service server selector -> Deployment server pod template',
      'service-target-port resolved grpc: Service server port grpc targetPort -> Deployment server container server port grpc',
      'service-target-port resolved http-metrics: Service server port http-metrics targetPort -> Deployment server container server port http-metrics',
      'deployment-selector resolved app=server: Deployment server selector -> Deployment server pod template',
    ]);
    expect(graph.objects.map((object) => `${object.kind} ${object.name ?? ''}`)).toEqual([
      'Ingress ingress',
      'Service server',
      'Deployment server',
    ]);
  });

  it('gives the paths of both ends by the conventions of LinkEnd', () => {
    const graph = graphOf(EXAMPLE_MANIFEST);
    expect(only(graph, 'ingress-backend-port')).toMatchObject({
      from: {
        doc: 0,
        path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'name'],
      },
      to: { doc: 1, path: ['spec', 'ports', 0] },
      reason: null,
      nearest: null,
    });
    expect(ofKind(graph, 'service-target-port')[0]?.to?.path).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'ports',
      0,
    ]);
    expect(only(graph, 'service-selector').to?.path).toEqual([
      'spec',
      'template',
      'metadata',
      'labels',
    ]);
  });

  it('gives every link a unique id', () => {
    const graph = graphOf(
      EXAMPLE_MANIFEST,
      EXAMPLE_MANIFEST.replace(/name: server/g, 'name: other'),
    );
    const ids = graph.links.map((link) => link.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Ingress backends', () => {
  const svc = service(`  selector: {app: server}
  ports:
    - name: grpc
      port: 80
      targetPort: 50051`);
  const dep = deployment('{app: server}', '[{containerPort: 50051}]');

  it('finds a Service only in the namespace of the Ingress, and says where it is', () => {
    const graph = graphOf(
      ingress('{name: server, port: {number: 80}}', 'web'),
      service('  ports: [{port: 80}]', 'server', 'api'),
    );
    const link = only(graph, 'ingress-backend-service');
    expect(link.state).toBe('broken');
    expect(link.reason).toBe(
      'Ingress ingress sends / to Service `server`, but there is no Service by that name in namespace `web`; there is one in namespace `api`, and a reference without a namespace only reaches its own.',
    );
    expect(link.nearest).toMatchObject({ doc: 1, path: [], label: 'Service server' });
    expect(ofKind(graph, 'ingress-backend-port')).toEqual([]);
  });

  it('treats no namespace as equal only to no namespace', () => {
    expect(
      only(graphOf(ingress('{name: server, port: {number: 80}}'), svc), 'ingress-backend-service')
        .state,
    ).toBe('resolved');
    const graph = graphOf(ingress('{name: server, port: {number: 80}}', 'default'), svc);
    expect(only(graph, 'ingress-backend-service').state).toBe('broken');
  });

  it('suggests the near name of a Service in the same namespace', () => {
    const link = only(
      graphOf(ingress('{name: sever, port: {number: 80}}'), svc),
      'ingress-backend-service',
    );
    expect(link.reason).toBe(
      'Ingress ingress sends / to Service `sever`, but there is no Service by that name in this namespace — did you mean `server`?',
    );
    expect(link.nearest?.doc).toBe(1);
  });

  it('matches port.number against the Service port, never the targetPort', () => {
    expect(
      only(graphOf(ingress('{name: server, port: {number: 80}}'), svc, dep), 'ingress-backend-port')
        .state,
    ).toBe('resolved');
    const link = only(
      graphOf(ingress('{name: server, port: {number: 50051}}'), svc, dep),
      'ingress-backend-port',
    );
    expect(link).toMatchObject({
      state: 'broken',
      value: '50051',
      nearest: { doc: 1, path: ['spec', 'ports', 0] },
    });
    expect(link.reason).toBe(
      "Ingress ingress sends / to port `50051` of Service server, but Service server's ports are grpc (80); 50051 is the targetPort of its port grpc (80): use the Service's own port, 80.",
    );
  });

  it('matches port.name against the Service port name', () => {
    expect(
      only(graphOf(ingress('{name: server, port: {name: grpc}}'), svc), 'ingress-backend-port').to
        ?.label,
    ).toBe('Service server port grpc');
    const link = only(
      graphOf(ingress('{name: server, port: {name: grcp}}'), svc),
      'ingress-backend-port',
    );
    expect(link.reason).toContain('— did you mean `grpc`?');
  });

  it('resolves spec.defaultBackend like a rule backend', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
  defaultBackend:
    service:
      name: server
      port:
        name: grpc`;
    const graph = graphOf(text, svc);
    expect(summary(graph.links.filter((link) => link.kind.startsWith('ingress')))).toEqual([
      'ingress-backend-service resolved server: Ingress ingress default backend -> Service server',
      'ingress-backend-port resolved grpc: Ingress ingress default backend port grpc -> Service server port grpc',
    ]);
    expect(graph.links[0]?.from.path).toEqual(['spec', 'defaultBackend', 'service', 'name']);
  });

  it('reads networking.k8s.io/v1beta1 serviceName/servicePort', () => {
    const text = `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: old
spec:
  rules:
    - http:
        paths:
          - backend:
              serviceName: server
              servicePort: grpx`;
    const graph = graphOf(text, svc);
    expect(only(graph, 'ingress-backend-service').state).toBe('resolved');
    expect(only(graph, 'ingress-backend-port')).toMatchObject({
      state: 'broken',
      from: { path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'servicePort'] },
    });
  });

  it('skips the AWS load balancer action pseudo-backend', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
  annotations:
    alb.ingress.kubernetes.io/actions.ssl-redirect: '{"Type": "redirect"}'
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: ssl-redirect, port: {name: use-annotation}}}`;
    expect(graphOf(text).links).toEqual([]);
  });
});

describe('Service selectors and ports', () => {
  it('links each Service to the Deployment it selects among several', () => {
    const graph = graphOf(
      service('  selector: {app: api}\n  ports: [{name: grpc, port: 80, targetPort: grpc}]', 'api'),
      service('  selector: {app: web}\n  ports: [{port: 8080}]', 'web'),
      deployment('{app: api}', '[{name: grpc, containerPort: 9000}]', 'api'),
      deployment('{app: web}', '[{containerPort: 8080}]', 'web'),
    );
    expect(summary(ofKind(graph, 'service-selector'))).toEqual([
      'service-selector resolved app=api: Service api selector -> Deployment api pod template',
      'service-selector resolved app=web: Service web selector -> Deployment web pod template',
    ]);
    expect(summary(ofKind(graph, 'service-target-port'))).toEqual([
      'service-target-port resolved grpc: Service api port grpc targetPort -> Deployment api container api port grpc',
      // No targetPort: the port number itself, 8080, is the container port.
      'service-target-port resolved 8080: Service web port 8080 targetPort -> Deployment web container web port 8080',
    ]);
    expect(ofKind(graph, 'service-target-port')[1]?.from.path).toEqual([
      'spec',
      'ports',
      0,
      'port',
    ]);
  });

  it('treats the selector as one AND of all its pairs, and allows extra pod labels', () => {
    const subset = graphOf(
      service('  selector: {app: api}\n  ports: [{port: 80}]'),
      deployment('{app: api, tier: backend}', '[{containerPort: 80}]'),
    );
    expect(only(subset, 'service-selector').state).toBe('resolved');
    const graph = graphOf(
      service('  selector: {app: api, tier: frontend}\n  ports: [{port: 80}]'),
      deployment('{app: api, tier: backend}', '[{containerPort: 80}]'),
    );
    const link = only(graph, 'service-selector');
    expect(link).toMatchObject({ state: 'broken', value: 'app=api, tier=frontend' });
    expect(link.reason).toBe(
      "Service server's selector app=api, tier=frontend matches no pod template in this namespace; Deployment server's pods are labelled app=api, tier=backend (`tier` is `backend`, not `frontend`).",
    );
    expect(link.nearest?.label).toBe('Deployment server pod template');
    // No pod template matched, so no targetPort can be checked.
    expect(ofKind(graph, 'service-target-port')).toEqual([]);
  });

  it('picks the template sharing most pairs as the nearest', () => {
    const graph = graphOf(
      service('  selector: {app: api, tier: backend, track: stable}\n  ports: [{port: 80}]'),
      deployment('{app: web}', '[]', 'web'),
      deployment('{app: api, tier: backend}', '[]', 'api'),
    );
    expect(only(graph, 'service-selector').nearest?.label).toBe('Deployment api pod template');
  });

  it('links one selector to every matching workload', () => {
    const graph = graphOf(
      service('  selector: {app: echo}\n  ports: [{port: 80}]'),
      deployment('{app: echo, version: v1}', '[{containerPort: 80}]', 'echo-v1'),
      deployment('{app: echo, version: v2}', '[{containerPort: 80}]', 'echo-v2'),
    );
    expect(ofKind(graph, 'service-selector').map((link) => link.to?.label)).toEqual([
      'Deployment echo-v1 pod template',
      'Deployment echo-v2 pod template',
    ]);
    expect(ofKind(graph, 'service-target-port').map((link) => link.state)).toEqual([
      'resolved',
      'resolved',
    ]);
  });

  it('does not select pods in another namespace', () => {
    const graph = graphOf(
      service('  selector: {app: api}\n  ports: [{port: 80}]', 'api', 'a'),
      deployment('{app: api}', '[{containerPort: 80}]', 'api', '', 'b'),
    );
    const link = only(graph, 'service-selector');
    expect(link.state).toBe('broken');
    expect(link.reason).toContain(
      'Deployment api in namespace `b` matches, but a Service only selects pods in its own namespace.',
    );
  });

  it('makes no selector link for a Service without a selector or with an empty one', () => {
    const dep = deployment('{app: api}', '[{containerPort: 80}]');
    expect(
      graphOf(service('  ports: [{port: 80}]'), dep).links.filter((l) =>
        l.kind.startsWith('service'),
      ),
    ).toEqual([]);
    expect(
      graphOf(service('  selector: {}\n  ports: [{port: 80}]'), dep).links.filter((l) =>
        l.kind.startsWith('service'),
      ),
    ).toEqual([]);
  });

  it('needs a named targetPort to have the same protocol as the container port', () => {
    const graph = graphOf(
      service('  selector: {app: dns}\n  ports: [{name: dns, port: 53, targetPort: dns}]'),
      deployment('{app: dns}', '[{name: dns, containerPort: 53, protocol: UDP}]'),
    );
    const link = only(graph, 'service-target-port');
    expect(link).toMatchObject({ state: 'broken', value: 'dns' });
    expect(link.reason).toBe(
      'Service server port dns sends TCP to container port `dns`, but in Deployment server that port is UDP; the protocols must be the same.',
    );
  });

  it('explains a named targetPort no container declares, with the near name', () => {
    const graph = graphOf(
      service('  selector: {app: api}\n  ports: [{name: grpc, port: 80, targetPort: grcp}]'),
      deployment('{app: api}', '[{name: grpc, containerPort: 9000}]'),
    );
    const link = only(graph, 'service-target-port');
    expect(link.reason).toBe(
      "Service server port grpc sends to container port `grcp`, but no container of Deployment server has a port by that name; Deployment server's container ports are grpc (9000) — did you mean `grpc`?",
    );
    expect(link.nearest?.label).toBe('Deployment server container server port grpc');
  });

  it('explains an omitted targetPort whose port number no container declares', () => {
    const graph = graphOf(
      service('  selector: {app: api}\n  ports: [{name: grpc, port: 80}]'),
      deployment('{app: api}', '[{name: grpc, containerPort: 9000}]'),
    );
    expect(only(graph, 'service-target-port').reason).toBe(
      "Service server port grpc sends to port 80 (it has no targetPort, so its own port number is used), but no container of Deployment server declares containerPort 80; Deployment server's container ports are grpc (9000) — did you mean its port `grpc` (9000)?",
    );
  });
});

describe('Deployment selectors', () => {
  const withSelector = (
    selector: string,
    labels = '{app: api, tier: backend}',
  ) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
${selector}
  template:
    metadata:
      labels: ${labels}
    spec:
      containers: [{name: api, image: api}]`;

  it('resolves matchLabels that are a subset of the template labels', () => {
    expect(
      only(graphOf(withSelector('  selector: {matchLabels: {app: api}}')), 'deployment-selector')
        .state,
    ).toBe('resolved');
  });

  it('supports matchExpressions In, NotIn, Exists and DoesNotExist', () => {
    const expressions = (list: string) =>
      withSelector(`  selector:\n    matchExpressions: ${list}`);
    const state = (list: string) => only(graphOf(expressions(list)), 'deployment-selector').state;
    expect(state('[{key: app, operator: In, values: [api, web]}]')).toBe('resolved');
    expect(state('[{key: app, operator: In, values: [web]}]')).toBe('broken');
    expect(state('[{key: app, operator: NotIn, values: [web]}]')).toBe('resolved');
    expect(state('[{key: tier, operator: NotIn, values: [backend]}]')).toBe('broken');
    expect(state('[{key: tier, operator: Exists}]')).toBe('resolved');
    expect(state('[{key: canary, operator: Exists}]')).toBe('broken');
    expect(state('[{key: canary, operator: DoesNotExist}]')).toBe('resolved');
    expect(state('[{key: tier, operator: DoesNotExist}]')).toBe('broken');
    const link = only(
      graphOf(
        expressions('[{key: app, operator: In, values: [web]}, {key: tier, operator: Exists}]'),
      ),
      'deployment-selector',
    );
    expect(link.value).toBe('app in (web), tier');
    expect(link.reason).toBe(
      "Deployment api's selector app in (web), tier does not match its pod template's labels (app=api, tier=backend): `app` must be one of (web) but is `api`.",
    );
  });

  it('reports a missing and an empty selector', () => {
    expect(only(graphOf(withSelector('  replicas: 1')), 'deployment-selector').reason).toBe(
      "Deployment api has no spec.selector; apps/v1 requires one that matches its pod template's labels (app=api, tier=backend).",
    );
    expect(only(graphOf(withSelector('  selector: {}')), 'deployment-selector').reason).toContain(
      'is empty',
    );
  });

  it('does not require a selector from the beta APIs, which defaulted it from the template', () => {
    const text = withSelector('  replicas: 1').replace('apps/v1', 'extensions/v1beta1');
    expect(ofKind(graphOf(text), 'deployment-selector')).toEqual([]);
  });
});

describe('GRPCRoute', () => {
  const gateway = (namespace = 'infra') => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: ${namespace}
spec:
  gatewayClassName: example
  listeners: [{name: grpc, protocol: HTTP, port: 80}]`;
  const route = (parent: string, backend: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: GRPCRoute
metadata:
  name: route
  namespace: apps
spec:
  parentRefs: [${parent}]
  rules:
    - backendRefs: [${backend}]`;
  const svc = service(
    '  selector: {app: server}\n  ports: [{name: grpc, port: 50051}]',
    'server',
    'apps',
  );

  it('resolves the parent Gateway in the ref namespace and the backend Service and port', () => {
    const graph = graphOf(
      gateway(),
      route('{name: gw, namespace: infra}', '{name: server, port: 50051}'),
      svc,
    );
    expect(summary(graph.links.filter((link) => link.kind.startsWith('route')))).toEqual([
      'route-parent resolved gw: GRPCRoute route parent gw -> Gateway gw',
      'route-backend-service resolved server: GRPCRoute route rule 0 backend server -> Service server',
      'route-backend-port resolved 50051: GRPCRoute route rule 0 backend server port 50051 -> Service server port grpc',
    ]);
  });

  it('looks for the Gateway in the route namespace when the ref has none', () => {
    const link = only(
      graphOf(gateway(), route('{name: gw}', '{name: server, port: 50051}'), svc),
      'route-parent',
    );
    expect(link.state).toBe('broken');
    expect(link.reason).toBe(
      'GRPCRoute route attaches to Gateway `gw`, but there is no Gateway by that name in namespace `apps`; there is one in namespace `infra`, and a reference without a namespace only reaches its own.',
    );
  });

  it('reports a missing or wrong backend port', () => {
    const missing = only(
      graphOf(gateway('apps'), route('{name: gw}', '{name: server}'), svc),
      'route-backend-port',
    );
    expect(missing).toMatchObject({
      state: 'broken',
      value: '',
      from: { path: ['spec', 'rules', 0, 'backendRefs', 0, 'port'] },
    });
    expect(missing.nearest?.label).toBe('Service server port grpc');
    const wrong = only(
      graphOf(gateway('apps'), route('{name: gw}', '{name: server, port: 9000}'), svc),
      'route-backend-port',
    );
    expect(wrong.reason).toBe(
      "GRPCRoute route sends to port 9000 of Service server, but Service server's ports are grpc (50051).",
    );
  });

  it('ignores parentRefs and backendRefs of other kinds', () => {
    const graph = graphOf(
      route(
        '{name: mesh, kind: Service, group: ""}',
        '{name: bucket, kind: Backend, group: example.com}',
      ),
    );
    expect(graph.links).toEqual([]);
  });
});

describe('probes', () => {
  const probes = `
          readinessProbe:
            httpGet: {path: /ready, port: http}
          livenessProbe:
            tcpSocket: {port: 9000}
          startupProbe:
            grpc: {port: 9001}`;

  it('links probe ports to the ports of the same container by name and by number', () => {
    const graph = graphOf(
      deployment(
        '{app: api}',
        '[{name: http, containerPort: 8080}, {name: grpc, containerPort: 9000}]',
        'api',
        probes,
      ),
    );
    expect(summary(ofKind(graph, 'probe-port'))).toEqual([
      'probe-port resolved http: Deployment api container api readinessProbe -> Deployment api container api port http',
      'probe-port resolved 9000: Deployment api container api livenessProbe -> Deployment api container api port grpc',
      'probe-port broken 9001: Deployment api container api startupProbe -> (none)',
    ]);
    expect(ofKind(graph, 'probe-port')[2]?.reason).toBe(
      'The startupProbe of container api in Deployment api checks port 9001, but the container does not declare containerPort 9001; its ports are http (8080), grpc (9000).',
    );
  });

  it('suggests the near port name', () => {
    const graph = graphOf(
      deployment(
        '{app: api}',
        '[{name: health, containerPort: 8080}]',
        'api',
        '\n          readinessProbe: {httpGet: {path: /, port: helth}}',
      ),
    );
    const link = only(graph, 'probe-port');
    expect(link.reason).toContain('— did you mean `health`?');
    expect(link.nearest?.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'ports', 0]);
  });
});

describe('robustness', () => {
  it('never throws on any prefix of the example (half-written input)', () => {
    for (let end = 0; end <= EXAMPLE_MANIFEST.length; end += 7) {
      expect(() => graphOf(EXAMPLE_MANIFEST.slice(0, end))).not.toThrow();
    }
  });

  it('never throws on values of the wrong type', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: s}
spec: {selector: [a], ports: {a: 1}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec: {selector: 5, template: {metadata: {labels: x}, spec: {containers: [null, 3, {ports: [null]}]}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: i}
spec: {rules: [null, {http: {paths: [{backend: {service: {name: s, port: {number: "x"}}}}]}}]}`;
    expect(() => graphOf(text)).not.toThrow();
  });

  it('has a table entry for every kind of link', () => {
    for (const [kind, spec] of Object.entries(LINK_TABLE)) expect(spec.kind).toBe(kind);
  });
});

describeCorpus('resolveLinks over the real corpus', () => {
  const files = corpusFiles();
  const text = (name: string) => {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`corpus file ${name} is missing`);
    return file.text;
  };
  const broken = (graph: LinkGraph) => graph.links.filter((link) => link.state === 'broken');

  it('resolves every parseable file without throwing', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(() => graphOf(file.text), file.name).not.toThrow();
  });

  it('kube-thanos querier at 6038a32: targetPort 10902 is not the container port http (9090)', () => {
    const graph = graphOf(
      text(
        'kube-thanos__examples__all__manifests__thanos-querier-service__at-6038a32-BROKEN-targetPort-10902.yaml',
      ),
      text('kube-thanos__examples__all__manifests__thanos-querier-deployment__at-6038a32.yaml'),
    );
    expect(summary(broken(graph))).toEqual([
      'service-target-port broken 10902: Service thanos-querier port http targetPort -> (none)',
    ]);
    expect(broken(graph)[0]?.nearest?.label).toBe(
      'Deployment thanos-querier container thanos-querier port http',
    );
    const fixed = graphOf(
      text(
        'kube-thanos__examples__all__manifests__thanos-querier-service__at-83a4115-fixed-named-targetPort.yaml',
      ),
      text('kube-thanos__examples__all__manifests__thanos-querier-deployment__at-6038a32.yaml'),
    );
    expect(broken(fixed)).toEqual([]);
    expect(ofKind(fixed, 'service-target-port').map((link) => link.to?.label)).toEqual([
      'Deployment thanos-querier container thanos-querier port grpc',
      'Deployment thanos-querier container thanos-querier port http',
    ]);
  });

  it('ingress-nginx app at 0dce5be: an apps/v1 Deployment without a selector', () => {
    const graph = graphOf(
      text('ingress-nginx__docs__examples__grpc__app__at-0dce5be-BROKEN-no-selector.yaml'),
      text('ingress-nginx__docs__examples__grpc__svc__at-c9f4ed9.yaml'),
    );
    expect(summary(broken(graph))).toEqual([
      'deployment-selector broken : Deployment fortune-teller-app selector -> (none)',
    ]);
    // The Service still finds the pods: its selector only needs the template's labels.
    expect(only(graph, 'service-selector').state).toBe('resolved');
  });

  it('kube-thanos receive router at 6a74558: the version label in the selector is not a link defect', () => {
    const graph = graphOf(
      text(
        'kube-thanos__manifests__thanos-receive-router-deployment__at-6a74558-BROKEN-version-in-selector.yaml',
      ),
    );
    expect(broken(graph)).toEqual([]);
    expect(only(graph, 'deployment-selector').state).toBe('resolved');
  });

  it('microservices-demo emailservice: broken only at runtime, then a targetPort no container declares, then fixed', () => {
    expect(
      broken(
        graphOf(
          text(
            'microservices-demo__kubernetes-manifests__emailservice__at-f9fa569-BROKEN-runtime-port.yaml',
          ),
        ),
      ),
    ).toEqual([]);
    const undeclared = graphOf(
      text(
        'microservices-demo__kubernetes-manifests__emailservice__at-39fd019-targetPort-undeclared.yaml',
      ),
    );
    expect(summary(broken(undeclared))).toEqual([
      'service-target-port broken 8080: Service emailservice port 5000 targetPort -> (none)',
    ]);
    expect(
      broken(
        graphOf(
          text('microservices-demo__kubernetes-manifests__emailservice__at-781cdae-fixed.yaml'),
        ),
      ),
    ).toEqual([]);
  });

  it('pr12er okteto: the Ingress, Service and Deployment files together resolve fully', () => {
    const graph = graphOf(
      text('pr12er__k8s__kkweon-okteto__ingress.yaml'),
      text('pr12er__k8s__kkweon-okteto__server.yaml'),
    );
    expect(broken(graph)).toEqual([]);
    expect(graph.links.map((link) => link.kind)).toEqual(
      expect.arrayContaining([
        'ingress-backend-service',
        'ingress-backend-port',
        'service-selector',
        'service-target-port',
      ]),
    );
  });

  it('ingress-nginx README: the Ingress says namespace default, the Service and Deployment none', () => {
    const files = [
      text('ingress-nginx__docs__examples__grpc__README__extracted-ingress.yaml'),
      text('ingress-nginx__docs__examples__grpc__README__extracted-service.yaml'),
      text('ingress-nginx__docs__examples__grpc__README__extracted-deployment.yaml'),
    ];
    // Only equal when applied to `default`: null is equal only to null, so the link is broken
    // and the reason says where the Service is.
    const link = only(graphOf(...files), 'ingress-backend-service');
    expect(link.state).toBe('broken');
    expect(link.reason).toContain(
      'there is one without a namespace, which is applied to the namespace you deploy into',
    );
    // Applied to one namespace, the chain resolves: backend port 80 is the Service's, 50051 the container's.
    const graph = graphOf(...files.map((file) => file.replace(/\n {2}namespace: default/, '')));
    expect(broken(graph)).toEqual([]);
    expect(only(graph, 'ingress-backend-port').to?.label).toBe(
      'Service go-grpc-greeter-server port 80',
    );
    expect(only(graph, 'service-target-port').to?.label).toBe(
      'Deployment go-grpc-greeter-server container go-grpc-greeter-server port 50051',
    );
  });

  it('aws-lbc: the action backend is skipped and the real backend resolves by number', () => {
    const graph = graphOf(
      text(
        'aws-lbc__docs__examples__grpc__grpcserver-ingress__at-46668f1-ssl-redirect-action-backend.yaml',
      ),
      text('aws-lbc__docs__examples__grpc__grpcserver-service.yaml'),
      text('aws-lbc__docs__examples__grpc__grpcserver-deployment.yaml'),
    );
    expect(broken(graph)).toEqual([]);
    expect(ofKind(graph, 'ingress-backend-service').map((link) => link.value)).toEqual([
      'grpcserver',
    ]);
  });

  it('gateway-api grpc-routing: the routes attach to the Gateway of gateway.yaml', () => {
    const graph = graphOf(
      text('gateway-api__examples__standard__grpc-routing__gateway.yaml'),
      text('gateway-api__examples__standard__grpc-routing__foo-grpcroute.yaml'),
      text('gateway-api__examples__standard__grpc-routing__bar-grpcroute.yaml'),
    );
    expect(ofKind(graph, 'route-parent').map((link) => link.state)).toEqual([
      'resolved',
      'resolved',
      'resolved',
    ]);
    // The example never defines its Services: each backendRef is broken, and says so.
    expect(ofKind(graph, 'route-backend-service').every((link) => link.state === 'broken')).toBe(
      true,
    );
  });

  it('istio grpc-echo: one Service selects two Deployments; undeclared numeric targetPorts are broken links', () => {
    const graph = graphOf(text('istio__samples__grpc-echo__grpc-echo.yaml'));
    expect(
      ofKind(graph, 'service-selector').map((link) => `${link.state} ${link.to?.label ?? ''}`),
    ).toEqual([
      'resolved Deployment echo-v1 pod template',
      'resolved Deployment echo-v2 pod template',
    ]);
    expect(broken(graph).map((link) => `${link.kind} ${link.value}`)).toEqual([
      'service-target-port 18080',
      'service-target-port 18080',
      'service-target-port 19090',
      'service-target-port 19090',
    ]);
    expect(ofKind(graph, 'probe-port').every((link) => link.state === 'resolved')).toBe(true);
  });

  it('microservices-demo release bundle (35 documents) resolves fully', () => {
    const graph = graphOf(text('microservices-demo__release__kubernetes-manifests.yaml'));
    expect(graph.links.length).toBeGreaterThan(40);
    expect(broken(graph)).toEqual([]);
  });
});
