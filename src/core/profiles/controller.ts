/**
 * Which ingress controller serves an Ingress, and whether a backend of it speaks gRPC.
 * Every controller has its own switch for "talk HTTP/2 to the pod" (../shared/k8s-rules.md,
 * section 7), so the gRPC rules first need to know who is in charge and what the backend is.
 */
import type { Path } from '../yaml/edit';
import type { ContainerPort, Ingress, IngressBackend, Service, ServicePort } from '../model/kinds';
import { readBackend, readContainer, readIngress } from '../model/kinds';
import { getPath } from '../model/read';
import type { ManifestObject, RuleContext, RuleOptions } from '../rules/context';
import type { ProfileId } from './types';

// ---------------------------------------------------------------- annotation keys

export const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
export const OKTETO_GENERATE_HOST = 'dev.okteto.com/generate-host';
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

// ---------------------------------------------------------------- backends

/** A container port an Ingress backend reaches through its Service. */
export interface ReachedContainerPort {
  doc: number;
  path: Path;
  containerName: string | undefined;
  port: ContainerPort;
}

/** One backend of an Ingress, with what the link graph says it reaches. */
export interface BackendView {
  ingress: Ingress;
  ingressDoc: number;
  /** `['spec','rules',r,'http','paths',p,'backend']` or `['spec','defaultBackend']`. */
  backendPath: Path;
  backend: IngressBackend;
  /** The Service the backend names, when the link resolves. */
  service: { object: ManifestObject; service: Service } | undefined;
  /** The Service port the backend names, when the link resolves. */
  servicePort: { index: number; port: ServicePort } | undefined;
  containerPorts: ReachedContainerPort[];
}

function samePrefix(path: Path, prefix: Path): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

/** The backend part of a link's source path: everything up to `backend`/`defaultBackend`. */
function backendPrefix(path: Path): Path | undefined {
  const at = path.findIndex((segment) => segment === 'backend' || segment === 'defaultBackend');
  return at === -1 ? undefined : path.slice(0, at + 1);
}

function pathKey(path: Path): string {
  return path.join('\u0000');
}

/** Every backend written in an Ingress (rules and defaultBackend), wherever links resolve. */
function backendPaths(object: unknown): Path[] {
  const paths: Path[] = [];
  const rules = getPath(object, ['spec', 'rules']);
  if (Array.isArray(rules)) {
    rules.forEach((rule: unknown, r) => {
      const entries = getPath(rule, ['http', 'paths']);
      if (!Array.isArray(entries)) return;
      entries.forEach((_entry: unknown, p) => {
        paths.push(['spec', 'rules', r, 'http', 'paths', p, 'backend']);
      });
    });
  }
  if (getPath(object, ['spec', 'defaultBackend']) !== undefined) {
    paths.push(['spec', 'defaultBackend']);
  }
  return paths;
}

function containerPortAt(context: RuleContext, doc: number, path: Path): ReachedContainerPort {
  const object = context.objects.find((entry) => entry.doc === doc)?.object;
  const container = readContainer(getPath(object, path.slice(0, -2)));
  const index = path[path.length - 1];
  const port = (typeof index === 'number' ? container.ports[index] : undefined) ?? {
    name: undefined,
    containerPort: undefined,
    protocol: undefined,
  };
  return { doc, path, containerName: container.name, port };
}

/**
 * The backends of one Ingress and what they reach, read from the link graph (never resolved
 * again here: the resolver owns namespaces, names and numbers).
 */
export function ingressBackends(
  context: RuleContext,
  ingressObject: ManifestObject,
): BackendView[] {
  const ingress = readIngress(ingressObject.object);
  const links = context.graph.links.filter(
    (link) => link.from.doc === ingressObject.doc && link.to !== null,
  );
  return backendPaths(ingressObject.object).map((backendPath) => {
    const key = pathKey(backendPath);
    const ofBackend = links.filter((link) => {
      const prefix = backendPrefix(link.from.path);
      return prefix !== undefined && pathKey(prefix) === key;
    });
    const serviceLink = ofBackend.find((link) => link.kind === 'ingress-backend-service');
    const portLink = ofBackend.find((link) => link.kind === 'ingress-backend-port');
    const serviceDoc = serviceLink?.to?.doc ?? portLink?.to?.doc;
    const service = context.services.find((entry) => entry.object.doc === serviceDoc);
    const portIndex = portLink?.to?.path[2];
    const port =
      service && typeof portIndex === 'number' ? service.service.ports[portIndex] : undefined;
    const servicePort =
      port && typeof portIndex === 'number' ? { index: portIndex, port } : undefined;
    const containerPorts = servicePort
      ? context.graph.links
          .filter(
            (link) =>
              link.kind === 'service-target-port' &&
              link.from.doc === serviceDoc &&
              samePrefix(link.from.path, ['spec', 'ports', servicePort.index]) &&
              link.to !== null,
          )
          .flatMap((link) => (link.to ? [containerPortAt(context, link.to.doc, link.to.path)] : []))
      : [];
    return {
      ingress,
      ingressDoc: ingressObject.doc,
      backendPath,
      backend: readBackend(getPath(ingressObject.object, backendPath)),
      service,
      servicePort,
      containerPorts,
    };
  });
}

// ---------------------------------------------------------------- is it gRPC?

function isGrpcName(name: string | undefined): boolean {
  return name === 'grpc' || (name?.startsWith('grpc-') ?? false);
}

function isGrpcAppProtocol(value: string | undefined): boolean {
  const normalised = value?.trim().toLowerCase();
  return normalised === 'grpc' || normalised === 'kubernetes.io/h2c';
}

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

function upper(value: string | undefined): string | undefined {
  return value?.trim().toUpperCase();
}

/** An annotation on the Ingress that already says "gRPC" to some controller. */
export function ingressGrpcAnnotation(ingress: Ingress): string | undefined {
  const annotations = ingress.meta.annotations;
  const nginx = upper(annotations[NGINX_BACKEND_PROTOCOL]);
  if (nginx === 'GRPC' || nginx === 'GRPCS') {
    return `${NGINX_BACKEND_PROTOCOL}: ${annotations[NGINX_BACKEND_PROTOCOL] ?? ''}`;
  }
  if (upper(annotations[TRAEFIK_V1_PROTOCOL]) === 'H2C') return `${TRAEFIK_V1_PROTOCOL}: h2c`;
  if (upper(annotations[ALB_PROTOCOL_VERSION]) === 'GRPC') return `${ALB_PROTOCOL_VERSION}: GRPC`;
  return undefined;
}

/** An annotation on the Service that already says "gRPC" (or HTTP/2) for this port. */
function serviceGrpcAnnotation(
  service: Service,
  port: ServicePort | undefined,
): string | undefined {
  const annotations = service.meta.annotations;
  if (upper(annotations[TRAEFIK_SERVERS_SCHEME]) === 'H2C') return `${TRAEFIK_SERVERS_SCHEME}: h2c`;
  if (upper(annotations[ALB_PROTOCOL_VERSION]) === 'GRPC') return `${ALB_PROTOCOL_VERSION}: GRPC`;
  const gke = gkeAppProtocols(service);
  const mapped = port?.name === undefined ? undefined : parseAppProtocols(gke?.value)?.[port.name];
  if (gke && upper(mapped) === 'HTTP2') return `${gke.key}: ${gke.value}`;
  return undefined;
}

/**
 * Why kubewire thinks a backend speaks gRPC, in words for a message ("Service port `grpc` is
 * named grpc"), or undefined when nothing says so. Names and appProtocol are conventions the
 * controllers do not read, which is exactly why a gRPC backend can be left unannounced.
 */
export function grpcEvidence(view: BackendView): string | undefined {
  const servicePort = view.servicePort?.port;
  if (servicePort && isGrpcName(servicePort.name)) {
    return `the Service port is named \`${servicePort.name ?? ''}\``;
  }
  if (servicePort && isGrpcAppProtocol(servicePort.appProtocol)) {
    return `the Service port has appProtocol \`${servicePort.appProtocol ?? ''}\``;
  }
  const container = view.containerPorts.find((reached) => isGrpcName(reached.port.name));
  if (container) {
    return `container \`${container.containerName ?? ''}\` names its port \`${container.port.name ?? ''}\``;
  }
  const onIngress = ingressGrpcAnnotation(view.ingress);
  if (onIngress) return `the Ingress has \`${onIngress}\``;
  const onService = view.service
    ? serviceGrpcAnnotation(view.service.service, servicePort)
    : undefined;
  if (onService) return `the Service has \`${onService}\``;
  return undefined;
}

/** A backend counts as gRPC when its ports are named or marked so, or an annotation says so. */
export function isGrpcBackend(view: BackendView): boolean {
  return grpcEvidence(view) !== undefined;
}

/** "Service `server` port `grpc`": the backend as a beginner reads it. */
export function describeBackend(view: BackendView): string {
  const name = view.service?.service.meta.name ?? view.backend.serviceName ?? '(no name)';
  const port =
    view.servicePort?.port.name ??
    view.backend.portName ??
    String(view.servicePort?.port.port ?? view.backend.portNumber ?? '');
  return port === '' ? `Service \`${name}\`` : `Service \`${name}\` port \`${port}\``;
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
