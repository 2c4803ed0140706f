/**
 * Rewrites an Ingress written for the removed beta APIs (`extensions/v1beta1`,
 * `networking.k8s.io/v1beta1`) as `networking.k8s.io/v1`, the way the API server itself converts
 * it: same Services, same ports, same routing. The result is text edits, so everything the
 * upgrade does not need to touch (annotations, tls, comments, key order) stays as written.
 */
import type { EditCommand, Path } from '../yaml/edit';
import { asArray, isRecord } from './read';

/** The Ingress API that replaced both beta APIs (GA in Kubernetes 1.19). */
export const INGRESS_V1_API_VERSION = 'networking.k8s.io/v1';

/** The beta Ingress APIs that Kubernetes 1.22 removed, with the release that deprecated each. */
export const REMOVED_INGRESS_API_VERSIONS: Readonly<Record<string, string>> = {
  'extensions/v1beta1': '1.14',
  'networking.k8s.io/v1beta1': '1.19',
};

/**
 * What v1beta1 did with a path that has no `pathType`: v1 requires the field, and this value
 * keeps the controller's old behaviour.
 */
export const BETA_DEFAULT_PATH_TYPE = 'ImplementationSpecific';

/** A v1 `backend.service.port`: exactly one of the two. */
export type ServiceBackendPort = { number: number } | { name: string };

/** A v1 `backend.service`, with only the fields the beta backend had. */
export interface ServiceBackend {
  name?: string;
  port?: ServiceBackendPort;
}

const present = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * The v1 port for a beta `servicePort` (an IntOrString). A number stays a number; a string of
 * digits is a number too (as a port name it could never have been valid: a name needs a letter);
 * any other string is a port name. Anything else (a half-written value) gives no port.
 */
export function servicePortOf(value: unknown): ServiceBackendPort | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { number: value } : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^[0-9]+$/.test(value)) {
    const number = Number(value);
    if (Number.isSafeInteger(number)) return { number };
  }
  return { name: value };
}

/**
 * The v1 `service` for a beta backend (`serviceName`/`servicePort`), or undefined when the
 * backend is not one: a `resource` backend, one already written the v1 way, or not a map.
 */
export function serviceBackendOf(backend: unknown): ServiceBackend | undefined {
  if (!isRecord(backend)) return undefined;
  if (present(backend.service)) return undefined;
  if (!Object.hasOwn(backend, 'serviceName') && !Object.hasOwn(backend, 'servicePort')) {
    return undefined;
  }
  const service: ServiceBackend = {};
  const name = backend.serviceName;
  if (typeof name === 'string') service.name = name;
  else if (typeof name === 'number' || typeof name === 'boolean') service.name = String(name);
  const port = servicePortOf(backend.servicePort);
  if (port) service.port = port;
  return service;
}

/**
 * Replaces `serviceName`/`servicePort` with `service: {name, port}`. The new key is added first
 * and the old ones removed after, so the backend map never becomes empty in between.
 */
function backendCommands(doc: number, path: Path, backend: unknown): EditCommand[] {
  const service = serviceBackendOf(backend);
  if (!service || !isRecord(backend)) return [];
  const commands: EditCommand[] = [
    { type: 'set', doc, path: [...path, 'service'], value: service },
  ];
  for (const key of ['serviceName', 'servicePort']) {
    if (Object.hasOwn(backend, key)) commands.push({ type: 'delete', doc, path: [...path, key] });
  }
  return commands;
}

/**
 * The edits that upgrade one beta Ingress (document `doc`, plain value `object`) to v1:
 * `apiVersion`; every backend's `serviceName`/`servicePort` to `service.name` and
 * `service.port.number|name`; `pathType: ImplementationSpecific` on each path without one; and
 * `spec.backend` renamed to `spec.defaultBackend`. Only keys are added, removed or renamed, and
 * the rename comes last, so the path of every command is still valid when it is applied in order.
 * Tolerant: parts of a half-written object that have the wrong type are left alone.
 */
export function upgradeIngressCommands(doc: number, object: unknown): EditCommand[] {
  const commands: EditCommand[] = [
    { type: 'set', doc, path: ['apiVersion'], value: INGRESS_V1_API_VERSION },
  ];
  const spec = isRecord(object) ? object.spec : undefined;
  if (!isRecord(spec)) return commands;
  asArray(spec.rules).forEach((rule, ruleIndex) => {
    const http: unknown = isRecord(rule) ? rule.http : undefined;
    const paths = isRecord(http) ? asArray(http.paths) : [];
    paths.forEach((entry, pathIndex) => {
      if (!isRecord(entry)) return;
      const at: Path = ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex];
      commands.push(...backendCommands(doc, [...at, 'backend'], entry.backend));
      if (!present(entry.pathType)) {
        commands.push({
          type: 'set',
          doc,
          path: [...at, 'pathType'],
          value: BETA_DEFAULT_PATH_TYPE,
        });
      }
    });
  });
  if (Object.hasOwn(spec, 'backend')) {
    commands.push(...backendCommands(doc, ['spec', 'backend'], spec.backend));
    // With both keys there, which one is meant is the user's call: `schema` reports `backend`.
    if (!Object.hasOwn(spec, 'defaultBackend')) {
      commands.push({
        type: 'renameKey',
        doc,
        path: ['spec'],
        from: 'backend',
        to: 'defaultBackend',
      });
    }
  }
  return commands;
}
