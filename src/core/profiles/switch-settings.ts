/**
 * What each profile wants written on an Ingress and on its backend Services to carry gRPC
 * (../shared/k8s-rules.md, section 7), as data: a switch writes the wanted values of the new
 * profile and removes the ones only another controller reads. Values the user already wrote
 * and that already work (GRPCS instead of GRPC, an extra HTTP listener) are kept.
 */
import {
  ALB_PROTOCOL_VERSION,
  CLASS_ANNOTATION,
  NGINX_BACKEND_PROTOCOL,
  OKTETO_GENERATE_HOST,
  TRAEFIK_SERVERS_SCHEME,
  TRAEFIK_V1_PROTOCOL,
  trimmedUpper,
} from './controller';
import type { ProfileId } from './types';

export type IngressProfileId = Exclude<ProfileId, 'gateway-api'>;

/** `spec.ingressClassName` of each controller's usual install (Okteto runs ingress-nginx). */
export const INGRESS_CLASS: Record<IngressProfileId, string> = {
  'okteto-nginx': 'nginx',
  nginx: 'nginx',
  traefik: 'traefik',
  gke: 'gce',
  alb: 'alb',
};

/**
 * The GatewayClass a new Gateway names, after the controller the Ingress had: each vendor's
 * Gateway implementation installs one under this name by default (NGINX Gateway Fabric `nginx`,
 * Traefik `traefik`, GKE `gke-l7-global-external-managed`); the AWS controller's class is named
 * by whoever installs it. A cluster's own class name has to replace it where it differs.
 */
export const GATEWAY_CLASS: Record<IngressProfileId, string> = {
  'okteto-nginx': 'nginx',
  nginx: 'nginx',
  traefik: 'traefik',
  gke: 'gke-l7-global-external-managed',
  alb: 'alb',
};

export const ALB_LISTEN_PORTS = 'alb.ingress.kubernetes.io/listen-ports';
export const ALB_TARGET_TYPE = 'alb.ingress.kubernetes.io/target-type';
export const ALB_SCHEME = 'alb.ingress.kubernetes.io/scheme';

/**
 * An annotation a profile manages. `want` gives the value to write from the current one
 * (undefined: write nothing); profiles not listed remove it.
 */
export interface ManagedAnnotation {
  key: string;
  profiles: readonly ProfileId[];
  want: (current: string | undefined) => string | undefined;
}

const keepOr = (fallback: string) => (current: string | undefined) => current ?? fallback;

/** On the Ingress, in the order a new Ingress lists them. */
export const INGRESS_ANNOTATIONS: readonly ManagedAnnotation[] = [
  {
    key: OKTETO_GENERATE_HOST,
    profiles: ['okteto-nginx'],
    // "api" and "domain" are other host shapes; only absent, empty or "false" asks for none.
    want: (current) =>
      current === undefined || ['', 'false'].includes(current.trim().toLowerCase())
        ? 'true'
        : current,
  },
  {
    key: NGINX_BACKEND_PROTOCOL,
    profiles: ['okteto-nginx', 'nginx'],
    want: (current) => {
      const value = trimmedUpper(current);
      if (value === 'GRPC' || value === 'GRPCS') return current;
      // HTTPS means the pod serves TLS: its gRPC counterpart is GRPCS.
      return value === 'HTTPS' ? 'GRPCS' : 'GRPC';
    },
  },
  // Traefik v1.7 read h2c on the Ingress; v2+ reads the Service (SERVICE_ANNOTATIONS).
  { key: TRAEFIK_V1_PROTOCOL, profiles: ['traefik'], want: (current) => current },
  {
    key: ALB_PROTOCOL_VERSION,
    profiles: ['alb'],
    want: (current) => (current?.trim() === 'GRPC' ? current : 'GRPC'),
  },
  {
    // gRPC on an ALB needs an HTTPS listener; an HTTP one beside it may stay.
    key: ALB_LISTEN_PORTS,
    profiles: ['alb'],
    want: (current) => (current?.includes('"HTTPS"') ? current : '[{"HTTPS":443}]'),
  },
  // An ALB is internal unless told otherwise, and the gRPC server is meant for the internet.
  { key: ALB_SCHEME, profiles: ['alb'], want: keepOr('internet-facing') },
  // `instance` (the default) needs a NodePort Service; `ip` reaches ClusterIP pods directly.
  { key: ALB_TARGET_TYPE, profiles: ['alb'], want: keepOr('ip') },
  // Deprecated in favour of spec.ingressClassName, which the switch writes.
  { key: CLASS_ANNOTATION, profiles: [], want: () => undefined },
];

/** On each backend Service; GKE's app-protocols map needs the ports and is written apart. */
export const SERVICE_ANNOTATIONS: readonly ManagedAnnotation[] = [
  {
    key: TRAEFIK_SERVERS_SCHEME,
    profiles: ['traefik'],
    // https: Traefik negotiates HTTP/2 over TLS with a pod that serves TLS itself.
    want: (current) =>
      ['h2c', 'https'].includes(current?.trim().toLowerCase() ?? '') ? current : 'h2c',
  },
  {
    // The Service's value overrides the Ingress's for its target group: never leave it wrong.
    key: ALB_PROTOCOL_VERSION,
    profiles: ['alb'],
    want: (current) => (current === undefined ? undefined : 'GRPC'),
  },
];

/**
 * The TLS Secret a switch names when the Ingress had none: ingress-nginx and the GKE load
 * balancer speak HTTP/2 (gRPC) to clients only over TLS, and a Gateway's HTTPS listener needs
 * a certificate. The user (or cert-manager) creates it. Written without hosts, it is told apart
 * from the user's own entries, and a switch to a profile that does not need it (Okteto brings
 * its own certificate; Traefik and the ALB find theirs elsewhere) removes it again.
 */
export function placeholderSecret(name: string): string {
  return `${name}-tls`;
}

export interface TlsEntry {
  hosts: readonly string[];
  secretName: string | undefined;
}

/** The TLS entries a profile keeps, and the one it adds when there is none. */
export function tlsFor(
  profile: IngressProfileId,
  name: string,
  tls: readonly TlsEntry[],
  hosts: readonly string[],
): TlsEntry[] {
  if (profile === 'nginx' || profile === 'gke') {
    return tls.length > 0 ? [...tls] : [{ hosts, secretName: placeholderSecret(name) }];
  }
  return tls.filter(
    (entry) => entry.hosts.length > 0 || entry.secretName !== placeholderSecret(name),
  );
}

/** A TLS entry as written in an Ingress: no empty `hosts` list. */
export function writeTls(entry: TlsEntry): Record<string, unknown> {
  return {
    ...(entry.hosts.length > 0 ? { hosts: [...entry.hosts] } : {}),
    ...(entry.secretName === undefined ? {} : { secretName: entry.secretName }),
  };
}
