/**
 * Ingress backends → Services and Service ports (links `ingress-backend-service` and
 * `ingress-backend-port`), for every backend shape of INGRESS_BACKEND_SHAPES (v1 and the old
 * v1beta1 fields). Backends that are controller actions rather than Services are skipped.
 */
import { asStringMap, getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { Path } from '../yaml/edit';
import { missingObjectReason, objectEnd, type ResolveContext } from './builder';
import { expandPath, nameOf, namespaceOf } from './objects';
import { matchServicePort } from './services';
import { PSEUDO_BACKEND, type IngressBackendShape } from './table';
import type { LinkEnd } from './types';

/** Which requests a backend serves: `host/path`, or every request for the default backend. */
function backendWhere(object: unknown, shape: IngressBackendShape, backendPath: Path): string {
  if (backendPath.join('.') === shape.defaultBackend.join('.'))
    return 'every request no rule matches';
  const host = getPath(object, [...backendPath.slice(0, 3), 'host']);
  const path = getPath(object, [...backendPath.slice(0, -1), 'path']);
  return `${typeof host === 'string' ? host : ''}${typeof path === 'string' ? path : '/'}`;
}

function backendLabel(
  ingress: string,
  shape: IngressBackendShape,
  where: string,
  backendPath: Path,
) {
  return backendPath.join('.') === shape.defaultBackend.join('.')
    ? `Ingress ${ingress} default backend`
    : `Ingress ${ingress} path ${where}`;
}

export function resolveIngress(
  context: ResolveContext,
  object: ManifestObject,
  shape: IngressBackendShape,
) {
  const ingress = nameOf(object);
  const namespace = namespaceOf(object);
  const annotations = asStringMap(getPath(object.object, ['metadata', 'annotations']));
  for (const pattern of shape.backends) {
    for (const { path: backendPath, value: backend } of expandPath(object.object, pattern)) {
      const serviceName = getPath(backend, shape.serviceName);
      // A `resource` backend, or one still being written: nothing to link.
      if (typeof serviceName !== 'string' || serviceName === '') continue;
      const nameValue = getPath(backend, shape.portName);
      const numberValue = getPath(backend, shape.portNumber);
      const portName = typeof nameValue === 'string' ? nameValue : undefined;
      const portNumber = typeof numberValue === 'number' ? numberValue : undefined;
      const isAction =
        portName === PSEUDO_BACKEND.portName ||
        annotations[PSEUDO_BACKEND.annotationPrefix + serviceName] !== undefined;
      if (isAction) continue;
      const where = backendWhere(object.object, shape, backendPath);
      const label = backendLabel(ingress, shape, where, backendPath);
      const from: LinkEnd = {
        doc: object.doc,
        path: [...backendPath, ...shape.serviceName],
        label,
      };
      const service = context.services.get(namespace, serviceName);
      if (!service) {
        const subject = `Ingress ${ingress} sends ${where} to Service`;
        context.links.add(
          'ingress-backend-service',
          from,
          serviceName,
          missingObjectReason(subject, 'Service', serviceName, namespace, context.services),
        );
        continue;
      }
      context.links.add('ingress-backend-service', from, serviceName, {
        to: objectEnd(service.object),
      });
      const port = portName ?? portNumber;
      if (port === undefined) continue; // `ingress-backend-invalid` reports it
      const portPath = [
        ...backendPath,
        ...(portName !== undefined ? shape.portName : shape.portNumber),
      ];
      const portFrom: LinkEnd = { doc: object.doc, path: portPath, label: `${label} port ${port}` };
      const subject = `Ingress ${ingress} sends ${where} to port \`${port}\` of Service ${service.name}`;
      context.links.add(
        'ingress-backend-port',
        portFrom,
        String(port),
        matchServicePort(context, service, port, subject),
      );
    }
  }
}
