/**
 * Adding and removing Ingress paths and rules, for one host serving several gRPC services
 * (`/helloworld.Greeter` → one Service, `/routeguide.RouteGuide` → another) or several hosts.
 * Only networking.k8s.io/v1 Ingresses: the older versions are no longer served, and
 * `ingress-api-removed` offers to upgrade them first.
 */
import { INGRESS_V1, kindMatches } from '../links/kinds';
import { namespaceOf } from '../links/objects';
import { readServiceItem } from '../links/services';
import { ingressPath } from '../model/paths';
import { asArray, getPath } from '../model/read';
import { manifestObjects, type ManifestObject } from '../model/objects';
import type { EditCommand } from '../yaml/edit';
import type { ParsedManifest } from '../yaml/parse';

function ingressAt(parsed: ParsedManifest, doc: number): ManifestObject | undefined {
  const object = manifestObjects(parsed).find((item) => item.doc === doc);
  return object && kindMatches(INGRESS_V1, object.kind, object.apiVersion) ? object : undefined;
}

/**
 * A v1 backend for a Service port. The port is named by its name when it has one (a renumbered
 * port then keeps working), else by its `port`; a Service not in the manifests is written as
 * asked.
 */
export function backendFor(
  parsed: ParsedManifest,
  namespace: string | null,
  serviceName: string,
  servicePort: string | number,
): Record<string, unknown> {
  const object = manifestObjects(parsed).find(
    (item) =>
      item.kind === 'Service' && item.name === serviceName && namespaceOf(item) === namespace,
  );
  const port = object
    ? readServiceItem(object).ports.find((item) =>
        typeof servicePort === 'string' ? item.name === servicePort : item.port === servicePort,
      )
    : undefined;
  const portRef =
    port?.name !== undefined
      ? { name: port.name }
      : typeof servicePort === 'string'
        ? { name: servicePort }
        : { number: servicePort };
  return { service: { name: serviceName, port: portRef } };
}

/**
 * Appends a `Prefix` path to rule `rule` (the first by default) that sends `path` to a Service
 * port; adds the rule when the Ingress has none. Empty when the rule already has that path.
 */
export function addIngressPath(
  parsed: ParsedManifest,
  ingressDoc: number,
  serviceName: string,
  servicePort: string | number,
  path: string,
  rule = 0,
): EditCommand[] {
  const ingress = ingressAt(parsed, ingressDoc);
  if (!ingress) return [];
  const entry = {
    path,
    pathType: 'Prefix',
    backend: backendFor(parsed, namespaceOf(ingress), serviceName, servicePort),
  };
  const rules = asArray(getPath(ingress.object, ingressPath.rules));
  if (rules.length === 0 && rule === 0) {
    return [
      {
        type: 'append',
        doc: ingressDoc,
        path: ingressPath.rules,
        value: { http: { paths: [entry] } },
      },
    ];
  }
  if (rule >= rules.length) return [];
  const paths = asArray(getPath(rules[rule], ['http', 'paths']));
  if (paths.some((existing) => getPath(existing, ['path']) === path)) return [];
  return [{ type: 'append', doc: ingressDoc, path: ingressPath.paths(rule), value: entry }];
}

/** The first backend the Ingress already has, for a new rule to start from. */
function firstBackend(object: unknown): unknown {
  for (const rule of asArray(getPath(object, ingressPath.rules))) {
    const backend = getPath(rule, ['http', 'paths', 0, 'backend']);
    if (backend !== undefined) return backend;
  }
  return getPath(object, ['spec', 'defaultBackend']);
}

/**
 * Appends a rule for `host` with one `/` path, sent to the given Service port or else to the
 * first backend the Ingress already has (a rule without paths routes nothing). Empty when a
 * rule for that host exists.
 */
export function addIngressRule(
  parsed: ParsedManifest,
  ingressDoc: number,
  host: string,
  backend?: { serviceName: string; servicePort: string | number },
): EditCommand[] {
  const ingress = ingressAt(parsed, ingressDoc);
  if (!ingress) return [];
  const rules = asArray(getPath(ingress.object, ingressPath.rules));
  if (rules.some((rule) => (getPath(rule, ['host']) ?? '') === host)) return [];
  const target = backend
    ? backendFor(parsed, namespaceOf(ingress), backend.serviceName, backend.servicePort)
    : firstBackend(ingress.object);
  const value =
    target === undefined
      ? { host }
      : { host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: target }] } };
  return [{ type: 'append', doc: ingressDoc, path: ingressPath.rules, value }];
}

/**
 * Removes path `path` of rule `rule`; the rule goes with its last path, since a rule that
 * routes nothing only confuses. Empty when there is no such path.
 */
export function removeIngressPath(
  parsed: ParsedManifest,
  ingressDoc: number,
  rule: number,
  path: number,
): EditCommand[] {
  const ingress = ingressAt(parsed, ingressDoc);
  if (!ingress) return [];
  const paths = asArray(getPath(ingress.object, ingressPath.paths(rule)));
  if (path < 0 || path >= paths.length) return [];
  const target = paths.length === 1 ? ingressPath.rule(rule) : ingressPath.path(rule, path);
  return [{ type: 'delete', doc: ingressDoc, path: target }];
}
