/**
 * Links that end at a container port: a Service port's targetPort on the selected pods
 * (`service-target-port`, matched by name and protocol, or by number, like FindPort) and a
 * probe's port on its own container (`probe-port`). Both explain a miss by listing the ports
 * that are declared and the nearest one.
 */
import { PROBE_KINDS } from '../model/kinds';
import { getPath } from '../model/read';
import { closestName } from '../text/suggest';
import type { Broken, ResolveContext } from './builder';
import type { ServiceItem, ServicePortItem } from './services';
import { PORT_PROBE_HANDLERS } from './table';
import { didYouMean } from './text';
import type { LinkEnd } from './types';
import {
  containerPortEnd,
  findContainerPort,
  portText,
  workloadPortsPhrase,
  type PodContainer,
  type PodPort,
  type Workload,
} from './workloads';

export function resolveTargetPorts(context: ResolveContext, service: ServiceItem) {
  const workloads = context.selected.get(service.object.doc) ?? [];
  for (const port of service.ports) {
    const target = port.targetPort ?? port.port;
    if (target === undefined) continue;
    const explicit = port.targetPort !== undefined;
    const portName = port.name ?? String(port.port ?? '?');
    const from: LinkEnd = {
      doc: service.object.doc,
      path: [...port.path, explicit ? 'targetPort' : 'port'],
      label: `Service ${service.name} port ${portName} targetPort`,
    };
    for (const workload of workloads) {
      const found = findContainerPort(workload, (item) =>
        typeof target === 'string'
          ? item.name === target && item.protocol === port.protocol
          : item.number === target && item.protocol === port.protocol,
      );
      if (found) {
        context.links.add('service-target-port', from, String(target), {
          to: containerPortEnd(workload, found.container, found.port),
        });
        continue;
      }
      context.links.add(
        'service-target-port',
        from,
        String(target),
        targetPortBroken(service, port, target, explicit, workload),
      );
    }
  }
}

function targetPortBroken(
  service: ServiceItem,
  port: ServicePortItem,
  target: string | number,
  explicit: boolean,
  workload: Workload,
): Broken {
  const portName = port.name ?? String(port.port ?? '?');
  const all = workload.containers.flatMap((container) =>
    container.ports.map((item) => ({ container, port: item })),
  );
  const end = (hit: { container: PodContainer; port: PodPort } | undefined) =>
    hit ? containerPortEnd(workload, hit.container, hit.port) : null;
  const only = all.length === 1 ? all[0] : undefined;
  if (typeof target === 'string') {
    const otherProtocol = all.find((hit) => hit.port.name === target);
    if (otherProtocol) {
      return {
        reason: `Service ${service.name} port ${portName} sends ${port.protocol} to container port \`${target}\`, but in ${workload.label} that port is ${otherProtocol.port.protocol}; the protocols must be the same.`,
        nearest: end(otherProtocol),
      };
    }
    const near = closestName(
      target,
      all.flatMap((hit) => (hit.port.name === undefined ? [] : [hit.port.name])),
    );
    const nearHit = all.find((hit) => hit.port.name === near) ?? only;
    return {
      reason: `Service ${service.name} port ${portName} sends to container port \`${target}\`, but no container of ${workload.label} has a port by that name; ${workloadPortsPhrase(workload)}${didYouMean(near)}`,
      nearest: end(nearHit),
    };
  }
  // A number that no container declares: the pods still get traffic if the app listens there.
  const sameName =
    port.name === undefined ? undefined : all.find((hit) => hit.port.name === port.name);
  const samePort = all.find((hit) => hit.port.number === port.port);
  const nearHit = sameName ?? samePort ?? only;
  const implicit = explicit ? '' : ' (it has no targetPort, so its own port number is used)';
  const hint = sameName
    ? ` — did you mean its port \`${sameName.port.name ?? ''}\` (${sameName.port.number ?? '?'})?`
    : '.';
  return {
    reason: `Service ${service.name} port ${portName} sends to port ${target}${implicit}, but no container of ${workload.label} declares containerPort ${target}; ${workloadPortsPhrase(workload)}${hint}`,
    nearest: end(nearHit),
  };
}

export function resolveProbes(context: ResolveContext, workload: Workload) {
  for (const container of workload.containers) {
    for (const probe of PROBE_KINDS) {
      for (const handler of PORT_PROBE_HANDLERS) {
        const port = getPath(container.value, [probe, handler, 'port']);
        if (typeof port !== 'string' && typeof port !== 'number') continue;
        const from: LinkEnd = {
          doc: workload.object.doc,
          path: [...container.path, probe, handler, 'port'],
          label: `${workload.label} container ${container.name} ${probe}`,
        };
        const found = container.ports.find((item) =>
          typeof port === 'string' ? item.name === port : item.number === port,
        );
        if (found) {
          context.links.add('probe-port', from, String(port), {
            to: containerPortEnd(workload, container, found),
          });
          continue;
        }
        const ports =
          container.ports.length === 0
            ? 'it declares no ports'
            : `its ports are ${container.ports.map(portText).join(', ')}`;
        const subject = `The ${probe} of container ${container.name} in ${workload.label} checks port`;
        if (typeof port === 'string') {
          const near = closestName(
            port,
            container.ports.flatMap((item) => (item.name === undefined ? [] : [item.name])),
          );
          const nearPort = container.ports.find((item) => item.name === near);
          context.links.add('probe-port', from, port, {
            reason: `${subject} \`${port}\`, but the container has no port by that name; ${ports}${didYouMean(near)}`,
            nearest: nearPort ? containerPortEnd(workload, container, nearPort) : null,
          });
        } else {
          context.links.add('probe-port', from, String(port), {
            reason: `${subject} ${port}, but the container does not declare containerPort ${port}; ${ports}.`,
            nearest: null,
          });
        }
      }
    }
  }
}
