/**
 * GRPCRoute references: `parentRefs` → Gateways (`route-parent`) and `backendRefs` → Services
 * and their ports (`route-backend-service`, `route-backend-port`). A ref may name its own
 * namespace; refs to other kinds (a ServiceImport, a Gateway listener set) are not ours to check.
 */
import { getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import { missingObjectReason, objectEnd, type ResolveContext } from './builder';
import { expandPath, nameOf, namespaceOf } from './objects';
import { matchServicePort, servicePortEnd, servicePortsPhrase } from './services';
import { ROUTE_REFS } from './table';
import type { LinkEnd } from './types';

function refNamespace(ref: unknown, fallback: string | null): string | null {
  const namespace = getPath(ref, ['namespace']);
  return typeof namespace === 'string' && namespace !== '' ? namespace : fallback;
}

function refIs(ref: unknown, expected: { group: string; kind: string }): boolean {
  const group = getPath(ref, ['group']);
  const kind = getPath(ref, ['kind']);
  return (
    (group === undefined || group === null || group === expected.group) &&
    (kind === undefined || kind === null || kind === expected.kind)
  );
}

export function resolveRoute(context: ResolveContext, object: ManifestObject) {
  const route = nameOf(object);
  const namespace = namespaceOf(object);
  for (const { path, value: ref } of expandPath(object.object, ROUTE_REFS.parentRefs)) {
    const name = getPath(ref, ['name']);
    if (typeof name !== 'string' || name === '' || !refIs(ref, ROUTE_REFS.parentDefault)) continue;
    const target = refNamespace(ref, namespace);
    const from: LinkEnd = {
      doc: object.doc,
      path: [...path, 'name'],
      label: `GRPCRoute ${route} parent ${name}`,
    };
    const gateway = context.gateways.get(target, name);
    context.links.add(
      'route-parent',
      from,
      name,
      gateway
        ? { to: objectEnd(gateway.object) }
        : missingObjectReason(
            `GRPCRoute ${route} attaches to Gateway`,
            'Gateway',
            name,
            target,
            context.gateways,
          ),
    );
  }
  for (const { path, value: ref } of expandPath(object.object, ROUTE_REFS.backendRefs)) {
    const name = getPath(ref, ['name']);
    if (typeof name !== 'string' || name === '' || !refIs(ref, ROUTE_REFS.backendDefault)) continue;
    const target = refNamespace(ref, namespace);
    const label = `GRPCRoute ${route} rule ${String(path[2])} backend ${name}`;
    const from: LinkEnd = { doc: object.doc, path: [...path, 'name'], label };
    const service = context.services.get(target, name);
    const portValue = getPath(ref, ['port']);
    const port = typeof portValue === 'number' ? portValue : undefined;
    const portFrom: LinkEnd = {
      doc: object.doc,
      path: [...path, 'port'],
      label: `${label} port ${port ?? '(none)'}`,
    };
    if (!service) {
      const subject = `GRPCRoute ${route} sends to Service`;
      context.links.add(
        'route-backend-service',
        from,
        name,
        missingObjectReason(subject, 'Service', name, target, context.services),
      );
      if (port === undefined) {
        context.links.add('route-backend-port', portFrom, '', {
          reason: `GRPCRoute ${route} sends to Service \`${name}\` without a port; a backendRef to a Service must say which Service port.`,
          nearest: null,
        });
      }
      continue;
    }
    context.links.add('route-backend-service', from, name, { to: objectEnd(service.object) });
    if (port === undefined) {
      const only = service.ports.length === 1 ? service.ports[0] : undefined;
      context.links.add('route-backend-port', portFrom, '', {
        reason: `GRPCRoute ${route} sends to Service ${service.name} without a port; a backendRef to a Service must say which port (${servicePortsPhrase(service)}).`,
        nearest: only ? servicePortEnd(service, only) : null,
      });
      continue;
    }
    const subject = `GRPCRoute ${route} sends to port ${port} of Service ${service.name}`;
    context.links.add(
      'route-backend-port',
      portFrom,
      String(port),
      matchServicePort(context, service, port, subject),
    );
  }
}
