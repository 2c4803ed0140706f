/**
 * The way back from the Gateway API: what an Ingress needs from a GRPCRoute and the Gateways
 * it attaches to, read through the link graph (the resolver owns namespaces and names). Only
 * what an Ingress can say is carried over: header matches, weights, filters and extra
 * backendRefs have no Ingress counterpart, and a method match without a service becomes `/`.
 */
import { asArray, asNumber, asRecord, asString, getPath } from '../model/read';
import { linksFrom, objectAt } from '../links/queries';
import type { ManifestObject, RuleContext } from '../rules/context';
import type { Path } from '../yaml/edit';
import type { BackendTarget } from './switch-edits';
import { ingressPathOf, type MethodMatch } from './switch-gateway';
import type { TlsEntry } from './switch-settings';

export interface RoutePath {
  path: string;
  pathType: string;
  service: string;
  port: number;
}

export interface RouteView {
  hosts: string[];
  tls: TlsEntry[];
  paths: RoutePath[];
  backends: BackendTarget[];
  /** The Gateways the route attaches to (the switch removes those nothing else uses). */
  gatewayDocs: number[];
}

function linkTo(context: RuleContext, kind: string, doc: number, path: Path) {
  const key = path.join('/');
  return linksFrom(context.graph, doc).find(
    (link) => link.kind === kind && link.from.path.join('/') === key,
  )?.to;
}

function objectOf(context: RuleContext, doc: number | undefined): ManifestObject | undefined {
  return doc === undefined ? undefined : objectAt(context.objects, doc);
}

function strings(value: unknown): string[] {
  return asArray(value).flatMap((item) => asString(item) ?? []);
}

/** The Secrets an HTTPS listener terminates TLS with (core refs: kind Secret, core group). */
function listenerSecrets(listener: unknown): string[] {
  return asArray(getPath(listener, ['tls', 'certificateRefs'])).flatMap((ref) => {
    const { kind, group, name } = asRecord(ref);
    const secret = (kind ?? 'Secret') === 'Secret' && (group ?? '') === '';
    return secret && typeof name === 'string' ? [name] : [];
  });
}

/** The Ingress paths of one route rule: one per Exact method match, else `/`. */
function rulePaths(rule: unknown): { path: string; pathType: string }[] {
  const matches = asArray(asRecord(rule).matches).map((match) => {
    const { type, service, method } = asRecord(asRecord(match).method);
    if ((type ?? 'Exact') !== 'Exact' || typeof service !== 'string') return undefined;
    const exact: MethodMatch = typeof method === 'string' ? { service, method } : { service };
    return exact;
  });
  return (matches.length > 0 ? matches : [undefined]).map(ingressPathOf);
}

/** Reads a GRPCRoute with its Gateways: hosts, certificates and one backend per rule. */
export function readRoute(context: RuleContext, route: ManifestObject): RouteView {
  const parents = linksFrom(context.graph, route.doc).filter(
    (link) => link.kind === 'route-parent',
  );
  const gatewayDocs = [...new Set(parents.flatMap((link) => (link.to ? [link.to.doc] : [])))];
  const listeners = gatewayDocs.flatMap((doc) =>
    asArray(getPath(objectOf(context, doc)?.object, ['spec', 'listeners'])),
  );
  const written = strings(getPath(route.object, ['spec', 'hostnames']));
  const hostnames = listeners.flatMap((listener) => asString(asRecord(listener).hostname) ?? []);
  const hosts = [...new Set(written.length > 0 ? written : hostnames)];
  const secrets = [...new Set(listeners.flatMap(listenerSecrets))];
  const view: RouteView = {
    hosts,
    tls: secrets.map((secretName) => ({ hosts, secretName })),
    paths: [],
    backends: [],
    gatewayDocs,
  };
  asArray(getPath(route.object, ['spec', 'rules'])).forEach((rule, r) => {
    const refs = asArray(asRecord(rule).backendRefs);
    // An Ingress path has one backend: the rule's first Service.
    const b = refs.findIndex((ref) => typeof asRecord(ref).name === 'string');
    const ref = asRecord(refs[b]);
    if (b === -1 || typeof ref.name !== 'string') return;
    const at: Path = ['spec', 'rules', r, 'backendRefs', b];
    const service = objectOf(
      context,
      linkTo(context, 'route-backend-service', route.doc, [...at, 'name'])?.doc,
    );
    const portEnd = linkTo(context, 'route-backend-port', route.doc, [...at, 'port']);
    const ports = asArray(getPath(service?.object, ['spec', 'ports']));
    // A ref without a port is an error the rules report; a one-port Service leaves no doubt.
    const only = ports.length === 1 ? asNumber(asRecord(ports[0]).port) : undefined;
    const port = asNumber(ref.port) ?? only;
    const index = portEnd?.path[2] ?? (only === undefined ? undefined : 0);
    if (service)
      view.backends.push({ service, portIndex: typeof index === 'number' ? index : undefined });
    if (port === undefined) return;
    for (const path of rulePaths(rule)) {
      const known = view.paths.some((p) => p.path === path.path && p.pathType === path.pathType);
      if (!known) view.paths.push({ ...path, service: ref.name, port });
    }
  });
  return view;
}
