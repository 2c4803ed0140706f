import { setBackendPort } from '../model/commands';
import { readBackend, readDeployment, readService } from '../model/kinds';
import { getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { EditCommand } from '../yaml/edit';

/** A connection dragged in the diagram: from a source handle of one object to a target handle of another. */
export interface DiagramConnection {
  sourceDoc: number;
  sourceHandle: string;
  targetDoc: number;
  targetHandle: string;
}

function pathOf(handle: string, prefix = ''): (string | number)[] | null {
  if (!handle.startsWith(prefix)) return null;
  return handle
    .slice(prefix.length)
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function startsWith(
  path: readonly (string | number)[],
  prefix: readonly (string | number)[],
): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

/**
 * The edit that writes a dragged connection into the manifest, or null when the connection
 * means nothing (the diagram then refuses it):
 * - an Ingress backend onto a Service port: the backend names the Service and that port (by
 *   the port's name when it has one, else by its number);
 * - a Service port onto a container port: the Service port's targetPort becomes the container
 *   port's name when it has one, else its number.
 */
export function connectionCommands(
  connection: DiagramConnection,
  objects: readonly ManifestObject[],
): EditCommand[] | null {
  const source = objects.find((object) => object.doc === connection.sourceDoc);
  const target = objects.find((object) => object.doc === connection.targetDoc);
  if (!source || !target) return null;

  if (source.modelled === 'Ingress' && target.modelled === 'Service') {
    const backendPath = pathOf(connection.sourceHandle);
    const portPath = pathOf(connection.targetHandle, 'in:');
    if (!backendPath || !portPath || !startsWith(portPath, ['spec', 'ports'])) return null;
    if (target.name === undefined) return null;
    const port = readService(target.object).ports[portPath[2] as number];
    if (!port) return null;
    const current = readBackend(getPath(source.object, backendPath));
    const byName = port.name !== undefined && port.name !== '';
    if (!byName && port.port === undefined) return null;
    return [
      {
        type: 'set',
        doc: source.doc,
        path: [...backendPath, 'service', 'name'],
        value: target.name,
      },
      ...setBackendPort(
        source.doc,
        backendPath,
        byName ? { name: port.name ?? '' } : { number: port.port ?? 0 },
        { name: current.portName, number: current.portNumber },
      ),
    ];
  }

  if (source.modelled === 'Service' && target.modelled === 'Deployment') {
    const servicePort = pathOf(connection.sourceHandle, 'out:');
    const containerPort = pathOf(connection.targetHandle);
    if (
      !servicePort ||
      !containerPort ||
      !startsWith(containerPort, ['spec', 'template', 'spec', 'containers'])
    )
      return null;
    const container = readDeployment(target.object).containers[containerPort[4] as number];
    const port = container?.ports[containerPort[6] as number];
    if (!port) return null;
    const value = port.name !== undefined && port.name !== '' ? port.name : port.containerPort;
    if (value === undefined) return null;
    return [{ type: 'set', doc: source.doc, path: [...servicePort, 'targetPort'], value }];
  }
  return null;
}
