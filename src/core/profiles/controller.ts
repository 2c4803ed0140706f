/**
 * Which ingress controller serves an Ingress, and whether a backend of it speaks gRPC.
 * Every controller has its own switch for "talk HTTP/2 to the pod" (../shared/k8s-rules.md,
 * section 7), so the gRPC rules first need to know who is in charge, and which annotations
 * already say "gRPC". What a backend reaches, and whether it speaks gRPC, is in backends.ts.
 */
import type { Path } from '../yaml/edit';
import type { Ingress, Service, ServicePort } from '../model/kinds';
import { getPath } from '../model/read';
import type { RuleOptions } from '../rules/context';
import type { ProfileId } from './types';

// ---------------------------------------------------------------- annotation keys

export const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
export const OKTETO_GENERATE_HOST = 'dev.okteto.com/generate-host';
/** Okteto's own image registry: its pipelines usually pin the tag at deploy time. */
export const OKTETO_REGISTRY = 'okteto.dev/';
export const NGINX_BACKEND_PROTOCOL = 'nginx.ingress.kubernetes.io/backend-protocol';
/** Traefik v2/v3, on the Service. */
export const TRAEFIK_SERVERS_SCHEME = 'traefik.ingress.kubernetes.io/service.serversscheme';
/** Traefik v1.7, on the Ingress. */
export const TRAEFIK_V1_PROTOCOL = 'ingress.kubernetes.io/protocol';
/** GKE Ingress, on the Service: JSON from Service port name to HTTP | HTTPS | HTTP2. */
export const GKE_APP_PROTOCOLS = 'cloud.google.com/app-protocols';
/** The older key, still read by ingress-gce (pkg/annotations/service.go). */
export const GKE_APP_PROTOCOLS_LEGACY = 'service.alpha.kubernetes.io/app-protocols';
/** AWS Load Balancer Controller, on the Ingress or the Service (the Service wins). */
export const ALB_PROTOCOL_VERSION = 'alb.ingress.kubernetes.io/backend-protocol-version';

// ---------------------------------------------------------------- the controller

export type ControllerSource = 'ingressClassName' | 'annotation' | 'profile' | 'none';

export interface IngressController {
  profile: ProfileId | undefined;
  source: ControllerSource;
  /** The class as written (ingressClassName or annotation), for messages. */
  className: string | undefined;
}

/** Okteto generates the host (and its HTTPS certificate) unless the annotation says "false". */
export function hasOktetoGenerateHost(ingress: Ingress): boolean {
  const value = ingress.meta.annotations[OKTETO_GENERATE_HOST];
  return value !== undefined && value.trim() !== '' && value.trim().toLowerCase() !== 'false';
}

/** The profile of a class name; unknown classes (a company's own class, haproxy, …) give undefined. */
export function profileOfClass(className: string, okteto: boolean): ProfileId | undefined {
  switch (className.trim().toLowerCase()) {
    case 'nginx':
    case 'ingress-nginx':
      return okteto ? 'okteto-nginx' : 'nginx';
    case 'traefik':
      return 'traefik';
    case 'gce':
    case 'gce-internal':
      return 'gke';
    case 'alb':
      return 'alb';
    default:
      return undefined;
  }
}

/**
 * Who serves this Ingress: `spec.ingressClassName`, else the (deprecated) class annotation,
 * else the profile the project chose. Okteto runs ingress-nginx, so an nginx class becomes
 * okteto-nginx when the project targets Okteto or the Ingress asks Okteto for a host.
 */
export function ingressController(ingress: Ingress, options: RuleOptions): IngressController {
  const okteto = options.profile === 'okteto-nginx' || hasOktetoGenerateHost(ingress);
  const fromField = ingress.ingressClassName?.trim();
  if (fromField) {
    return {
      profile: profileOfClass(fromField, okteto),
      source: 'ingressClassName',
      className: fromField,
    };
  }
  const fromAnnotation = ingress.meta.annotations[CLASS_ANNOTATION]?.trim();
  if (fromAnnotation) {
    return {
      profile: profileOfClass(fromAnnotation, okteto),
      source: 'annotation',
      className: fromAnnotation,
    };
  }
  if (options.profile !== undefined) {
    const profile = options.profile === 'nginx' && okteto ? 'okteto-nginx' : options.profile;
    return { profile, source: 'profile', className: undefined };
  }
  return { profile: undefined, source: 'none', className: undefined };
}

export function isNginx(profile: ProfileId | undefined): boolean {
  return profile === 'nginx' || profile === 'okteto-nginx';
}

/** A controller's name as a beginner knows it. */
export const CONTROLLER_NAMES: Record<ProfileId, string> = {
  'okteto-nginx': 'ingress-nginx (Okteto)',
  nginx: 'ingress-nginx',
  traefik: 'Traefik',
  gke: 'the GKE Ingress (gce)',
  alb: 'the AWS Load Balancer Controller (alb)',
  'gateway-api': 'a Gateway API implementation',
};

/** "(ingressClassName: nginx)": how kubewire knows, for messages. */
export function describeSource(controller: IngressController): string {
  switch (controller.source) {
    case 'ingressClassName':
      return `ingressClassName: ${controller.className ?? ''}`;
    case 'annotation':
      return `${CLASS_ANNOTATION}: ${controller.className ?? ''}`;
    case 'profile':
      return 'the profile chosen for this project';
    case 'none':
      return 'nothing';
  }
}

// ---------------------------------------------------------------- annotations that say gRPC

/** The GKE app-protocols map, or undefined when it is absent or not a JSON object of strings. */
export function parseAppProtocols(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(parsed)) {
    if (typeof entry === 'string') result[key] = entry;
  }
  return result;
}

/** The GKE app-protocols annotation of a Service: the current key, else the legacy one. */
export function gkeAppProtocols(service: Service): { key: string; value: string } | undefined {
  for (const key of [GKE_APP_PROTOCOLS, GKE_APP_PROTOCOLS_LEGACY]) {
    const value = service.meta.annotations[key];
    if (value !== undefined) return { key, value };
  }
  return undefined;
}

/** How controllers compare annotation values: trimmed, case-insensitive. */
export function trimmedUpper(value: string | undefined): string | undefined {
  return value?.trim().toUpperCase();
}

/** An annotation on the Ingress that already says "gRPC" to some controller. */
export function ingressGrpcAnnotation(ingress: Ingress): string | undefined {
  const annotations = ingress.meta.annotations;
  const nginx = trimmedUpper(annotations[NGINX_BACKEND_PROTOCOL]);
  if (nginx === 'GRPC' || nginx === 'GRPCS') {
    return `${NGINX_BACKEND_PROTOCOL}: ${annotations[NGINX_BACKEND_PROTOCOL] ?? ''}`;
  }
  if (trimmedUpper(annotations[TRAEFIK_V1_PROTOCOL]) === 'H2C')
    return `${TRAEFIK_V1_PROTOCOL}: h2c`;
  if (trimmedUpper(annotations[ALB_PROTOCOL_VERSION]) === 'GRPC')
    return `${ALB_PROTOCOL_VERSION}: GRPC`;
  return undefined;
}

/** An annotation on the Service that already says "gRPC" (or HTTP/2) for this port. */
export function serviceGrpcAnnotation(
  service: Service,
  port: ServicePort | undefined,
): string | undefined {
  const annotations = service.meta.annotations;
  if (trimmedUpper(annotations[TRAEFIK_SERVERS_SCHEME]) === 'H2C')
    return `${TRAEFIK_SERVERS_SCHEME}: h2c`;
  if (trimmedUpper(annotations[ALB_PROTOCOL_VERSION]) === 'GRPC')
    return `${ALB_PROTOCOL_VERSION}: GRPC`;
  const gke = gkeAppProtocols(service);
  const mapped = port?.name === undefined ? undefined : parseAppProtocols(gke?.value)?.[port.name];
  if (gke && trimmedUpper(mapped) === 'HTTP2') return `${gke.key}: ${gke.value}`;
  return undefined;
}

/**
 * Where a finding about an annotation points: the annotation itself when it is written, else
 * the `annotations` map, else `metadata` (where the fix will add it).
 */
export function annotationPath(object: unknown, key: string): Path {
  const annotations = getPath(object, ['metadata', 'annotations']);
  if (annotations !== undefined && annotations !== null) {
    return getPath(annotations, [key]) === undefined
      ? ['metadata', 'annotations']
      : ['metadata', 'annotations', key];
  }
  return ['metadata'];
}
