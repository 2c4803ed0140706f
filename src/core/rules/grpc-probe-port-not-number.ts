import { PROBE_KINDS } from '../model/kinds';
import { asArray, isRecord } from '../model/read';
import { isGrpcName } from '../profiles/backends';
import type { EditCommand } from '../yaml/edit';
import type { RuleContext } from './context';
import { podContainers, RUNNING_CONTAINER_LISTS, type PodContainer } from './pod-templates';
import type { Finding, Rule } from './types';

interface DeclaredPort {
  name: string | undefined;
  number: number;
}

function declaredPorts(container: PodContainer): DeclaredPort[] {
  return asArray(container.container.ports).flatMap((port) => {
    if (!isRecord(port) || typeof port.containerPort !== 'number') return [];
    return [
      { name: typeof port.name === 'string' ? port.name : undefined, number: port.containerPort },
    ];
  });
}

/** The number the probe should use: the port it names, else the gRPC port, else the only port. */
function intendedPort(port: unknown, ports: DeclaredPort[]): DeclaredPort | undefined {
  if (typeof port === 'string') {
    if (/^\d+$/.test(port)) return { name: undefined, number: Number(port) };
    return ports.find((declared) => declared.name === port);
  }
  const grpc = ports.filter((declared) => isGrpcName(declared.name));
  if (grpc.length === 1) return grpc[0];
  return ports.length === 1 ? ports[0] : undefined;
}

function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects, RUNNING_CONTAINER_LISTS)) {
    const ports = declaredPorts(container);
    for (const kind of PROBE_KINDS) {
      const probe = container.container[kind];
      if (!isRecord(probe) || !isRecord(probe.grpc)) continue;
      const port = probe.grpc.port;
      // A number is right here; whether it is a declared port is `probe-port-missing`'s question.
      if (typeof port === 'number') continue;
      if (port !== undefined && port !== null && typeof port !== 'string') continue;
      const path = [...container.path, kind, 'grpc', 'port'];
      const target = intendedPort(port, ports);
      const where = `The \`grpc\` ${kind} of ${container.label}`;
      const why =
        'Unlike httpGet and tcpSocket probes, a gRPC probe cannot name its port: the field only takes a number, ' +
        'so the API server rejects the object.';
      const message =
        typeof port === 'string'
          ? `${where} gives its port as the string \`${port}\`. ${why}` +
            (target
              ? ` Use ${target.number}${target.name ? ` (the number of container port \`${target.name}\`)` : ''}.`
              : ' Use the container port number the gRPC server listens on.')
          : `${where} has no port. \`grpc.port\` is required: the number of the container port the gRPC server listens on` +
            (target ? ` (${target.number} here).` : '.');
      const commands: EditCommand[] = target
        ? [{ type: 'set', doc: container.doc, path, value: target.number }]
        : [];
      findings.push({
        severity: 'error',
        message,
        doc: container.doc,
        path: typeof port === 'string' ? path : [...container.path, kind, 'grpc'],
        ...(target ? { fix: { title: `Set the probe port to ${target.number}`, commands } } : {}),
      });
    }
  }
  return findings;
}

export const grpcProbePortNotNumber: Rule = {
  id: 'grpc-probe-port-not-number',
  description: 'A native gRPC probe needs its port as a number.',
  help:
    'The native `grpc:` probe (Kubernetes 1.24 and later) calls the grpc.health.v1 Health service on a ' +
    'port of the container. Unlike httpGet and tcpSocket probes it cannot refer to a port by name: ' +
    '`grpc.port` is a required number, e.g. `port: 9000`.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-a-grpc-liveness-probe',
  scope: 'object',
  check,
};
