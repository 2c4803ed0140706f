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

/**
 * The Services that select a Deployment, and the containers their ports reach. When no port
 * link reaches a container (an undeclared numeric targetPort), every container counts.
 */
function servedContainers(
  context: RuleContext,
  doc: number,
): { services: string[]; containers: Set<number> | undefined } {
  const selectors = context.graph.links.filter(
    (link) => link.kind === 'service-selector' && link.state === 'resolved' && link.to?.doc === doc,
  );
  const serviceDocs = new Set(selectors.map((link) => link.from.doc));
  const services = context.services
    .filter((entry) => serviceDocs.has(entry.object.doc))
    .map((entry) => entry.service.meta.name ?? '');
  const reached = new Set(
    context.graph.links.flatMap((link) =>
      link.kind === 'service-target-port' && serviceDocs.has(link.from.doc) && link.to?.doc === doc
        ? [containerIndex(link.to.path)].filter((index): index is number => index !== undefined)
        : [],
    ),
  );
  return { services, containers: reached.size > 0 ? reached : undefined };
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
    const served = new Map<number, ReturnType<typeof servedContainers>>();
    for (const { object, deployment, container, index, namePath } of deploymentContainers(
      context.deployments,
    )) {
      let serving = served.get(object.doc);
      if (!serving) {
        serving = servedContainers(context, object.doc);
        served.set(object.doc, serving);
      }
      const { services, containers } = serving;
      if (services.length === 0) continue;
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
