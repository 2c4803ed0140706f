import type { Container } from '../model/kinds';
import { isGrpcName } from '../profiles/backends';
import type { Path } from '../yaml/edit';
import type { RuleContext } from './context';
import { deploymentContainers } from './pod-templates';
import type { Finding, Rule } from './types';

/** The container index in a link target such as `[…, 'containers', c, 'ports', p]`. */
function containerIndex(path: Path): number | undefined {
  const at = path.indexOf('containers');
  const index = at === -1 ? undefined : path[at + 1];
  return typeof index === 'number' ? index : undefined;
}

interface Serving {
  services: string[];
  containers: Set<number> | undefined;
}

/**
 * For each Deployment (by document), the Services that select it and the containers their
 * ports reach; when no port link reaches a container (an undeclared numeric targetPort),
 * every container counts. One pass over the links: a pass per Deployment was quadratic.
 */
function servedContainers(context: RuleContext): Map<number, Serving> {
  const serviceDocs = new Map<number, Set<number>>();
  for (const link of context.graph.links) {
    if (link.kind !== 'service-selector' || link.state !== 'resolved' || !link.to) continue;
    const docs = serviceDocs.get(link.to.doc) ?? new Set<number>();
    docs.add(link.from.doc);
    serviceDocs.set(link.to.doc, docs);
  }
  const names = new Map(context.services.map((entry) => [entry.object.doc, entry.service]));
  const served = new Map<number, Serving>();
  for (const [doc, services] of serviceDocs) {
    served.set(doc, {
      // In document order, as the Services are listed; looked up, not searched (1,000 objects).
      services: [...services]
        .sort((a, b) => a - b)
        .flatMap((serviceDoc) => {
          const service = names.get(serviceDoc);
          return service ? [service.meta.name ?? ''] : [];
        }),
      containers: undefined,
    });
  }
  for (const link of context.graph.links) {
    if (link.kind !== 'service-target-port' || !link.to) continue;
    const serving = served.get(link.to.doc);
    const container = containerIndex(link.to.path);
    if (!serving || container === undefined || !serviceDocs.get(link.to.doc)?.has(link.from.doc))
      continue;
    serving.containers ??= new Set();
    serving.containers.add(container);
  }
  return served;
}

/** The port to suggest for a native gRPC probe: a port named for gRPC, else the first one. */
function probePort(container: Container): number | undefined {
  const grpc = container.ports.find((port) => isGrpcName(port.name));
  return (grpc ?? container.ports[0])?.containerPort;
}

export const readinessProbeMissing: Rule = {
  id: 'readiness-probe-missing',
  description: 'A container behind a Service should have a readiness probe.',
  help:
    'A Service sends traffic to a pod as soon as its containers run, unless a readiness probe says when the server ' +
    'is ready. Without one, requests arrive before your gRPC server listens, and keep arriving while it is stuck. ' +
    'For a gRPC server that implements the standard health service (grpc.health.v1), the native `grpc:` probe ' +
    '(Kubernetes 1.24+) needs nothing in the image; a `tcpSocket` probe on the port is the simple fallback.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-a-grpc-liveness-probe',
  check: (context) => {
    const findings: Finding[] = [];
    const served = servedContainers(context);
    for (const { object, deployment, container, index, namePath } of deploymentContainers(
      context.deployments,
    )) {
      const serving = served.get(object.doc);
      if (!serving || serving.services.length === 0) continue;
      const { services, containers } = serving;
      if (container.probes.readinessProbe !== undefined) continue;
      if (containers !== undefined && !containers.has(index)) continue;
      const port = probePort(container);
      const example =
        port === undefined
          ? '`readinessProbe: {grpc: {port: <your gRPC port>}}`'
          : `\`readinessProbe: {grpc: {port: ${port}}}\``;
      findings.push({
        severity: 'info',
        message:
          `Container \`${container.name ?? ''}\` of Deployment \`${deployment.meta.name ?? ''}\` is behind Service ` +
          `${services.map((name) => `\`${name}\``).join(', ')} but has no readinessProbe, so it gets requests as soon as it ` +
          'starts, before your server listens, and keeps getting them while it is stuck. If the server implements the ' +
          `gRPC health service (grpc.health.v1), add the native probe ${example} (Kubernetes 1.24+; the port must be a number); ` +
          'otherwise a `tcpSocket` probe on the port.',
        doc: object.doc,
        path: namePath,
      });
    }
    return findings;
  },
};
