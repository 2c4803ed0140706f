/**
 * The Gateway API side of a profile switch: an Ingress becomes a Gateway (one HTTPS listener
 * with the Ingress's certificate) and a GRPCRoute (its hosts, one rule per backend). The way
 * back is switch-route.ts. gRPC paths and method matches translate into each other here.
 */
import { PSEUDO_BACKEND } from '../links/table';
import type { Ingress } from '../model/kinds';
import type { BackendView } from './backends';
import { ruleHosts } from './switch-edits';
import { placeholderSecret } from './switch-settings';

export const GATEWAY_API_VERSION = 'gateway.networking.k8s.io/v1';

/** gateway-api `apis/v1/grpcroute_types.go`: what an Exact method match accepts. */
const SERVICE_NAME = /^\.?[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$/;
const METHOD_NAME = /^[A-Za-z_][A-Za-z_0-9]*$/;

export interface MethodMatch {
  service: string;
  method?: string;
}

/**
 * The gRPC method match an Ingress path stands for: `/pkg.Service` (also `/pkg.Service/` and
 * GKE's `/pkg.Service/*`) or `/pkg.Service/Method`. A path like `/api` or `/api/v1` is a web
 * path, not a gRPC one: a service is only recognised by its package dot, or by a method named
 * in gRPC's UpperCamelCase.
 */
export function methodMatchOf(path: string | undefined): MethodMatch | undefined {
  const parts = (path ?? '').replace(/\/\*$/, '').replace(/\/$/, '').split('/');
  const [root, service, method, ...rest] = parts;
  if (root !== '' || !service || rest.length > 0 || !SERVICE_NAME.test(service)) return undefined;
  if (method === undefined) return service.includes('.') ? { service } : undefined;
  const grpcLike = service.includes('.') || /^[A-Z]/.test(method);
  return METHOD_NAME.test(method) && grpcLike ? { service, method } : undefined;
}

/** The path an Ingress writes for a method match: a service prefix, or one exact method. */
export function ingressPathOf(match: MethodMatch | undefined): { path: string; pathType: string } {
  if (!match) return { path: '/', pathType: 'Prefix' };
  const service = match.service.replace(/^\./, '');
  return match.method === undefined
    ? { path: `/${service}`, pathType: 'Prefix' }
    : { path: `/${service}/${match.method}`, pathType: 'Exact' };
}

function metadata(name: string, namespace: string | null): Record<string, unknown> {
  return namespace === null ? { name } : { name, namespace };
}

function pathOfView(ingress: Ingress, view: BackendView): string | undefined {
  const [, section, rule, , , path] = view.backendPath;
  if (section !== 'rules' || typeof rule !== 'number' || typeof path !== 'number') return undefined;
  return ingress.rules[rule]?.paths[path]?.path;
}

export interface GatewayPair {
  gateway: Record<string, unknown>;
  route: Record<string, unknown>;
}

/** The Gateway and GRPCRoute that replace an Ingress; port names become Service port numbers. */
export function gatewayFromIngress(
  ingress: Ingress,
  views: readonly BackendView[],
  names: { gateway: string; route: string; namespace: string | null; className: string },
): GatewayPair {
  const hosts = ruleHosts(ingress);
  const secrets = [...new Set(ingress.tls.flatMap((tls) => tls.secretName ?? []))];
  const certificates = secrets.length > 0 ? secrets : [placeholderSecret(ingress.meta.name ?? '')];
  const listener = {
    name: 'https',
    protocol: 'HTTPS',
    port: 443,
    ...(hosts.length === 1 ? { hostname: hosts[0] } : {}),
    tls: { mode: 'Terminate', certificateRefs: certificates.map((name) => ({ name })) },
  };
  const rules = new Map<string, unknown>();
  for (const view of views) {
    const name = view.backend.serviceName;
    // An ALB action (a redirect, a fixed response) named like a Service is no backend to route to.
    const action =
      view.backend.portName === PSEUDO_BACKEND.portName ||
      ingress.meta.annotations[PSEUDO_BACKEND.annotationPrefix + (name ?? '')] !== undefined;
    if (!name || action) continue;
    const port = view.backend.portNumber ?? view.servicePort?.port.port;
    const match = methodMatchOf(pathOfView(ingress, view));
    const rule = {
      ...(match ? { matches: [{ method: match }] } : {}),
      backendRefs: [{ name, ...(port === undefined ? {} : { port }) }],
    };
    rules.set(JSON.stringify(rule), rule);
  }
  return {
    gateway: {
      apiVersion: GATEWAY_API_VERSION,
      kind: 'Gateway',
      metadata: metadata(names.gateway, names.namespace),
      spec: { gatewayClassName: names.className, listeners: [listener] },
    },
    route: {
      apiVersion: GATEWAY_API_VERSION,
      kind: 'GRPCRoute',
      metadata: metadata(names.route, names.namespace),
      spec: {
        parentRefs: [{ name: names.gateway }],
        ...(hosts.length > 0 ? { hostnames: hosts } : {}),
        ...(rules.size > 0 ? { rules: [...rules.values()] } : {}),
      },
    },
  };
}
