/**
 * The backends of an Ingress as the gRPC rules need them: what each backend reaches (its
 * Service, the Service port, the container ports behind it), read from the link graph rather
 * than resolved again, and whether anything says the backend speaks gRPC. Split from
 * controller.ts, which only decides who serves an Ingress and which annotations it reads.
 */
import type { ContainerPort, Ingress, IngressBackend, Service, ServicePort } from '../model/kinds';
import { readBackend, readContainer, readIngress } from '../model/kinds';
import { indexed, linksFrom, objectAt } from '../links/queries';
import { ingressBackendPaths } from '../model/paths';
import { getPath } from '../model/read';
import type { ManifestObject, RuleContext } from '../rules/context';
import type { Path } from '../yaml/edit';
import { ingressGrpcAnnotation, serviceGrpcAnnotation } from './controller';

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

function containerPortAt(context: RuleContext, doc: number, path: Path): ReachedContainerPort {
  const object = objectAt(context.objects, doc)?.object;
  const container = readContainer(getPath(object, path.slice(0, -2)));
  const index = path[path.length - 1];
  const port = (typeof index === 'number' ? container.ports[index] : undefined) ?? {
    name: undefined,
    containerPort: undefined,
    protocol: undefined,
  };
  return { doc, path, containerName: container.name, port };
}

const servicesByDoc = new WeakMap<RuleContext['services'], Map<number, ServiceEntry>>();
type ServiceEntry = RuleContext['services'][number];

/** The Service of a document, looked up (every backend of 1,000 objects asks). */
function serviceAt(context: RuleContext, doc: number): ServiceEntry | undefined {
  return indexed(servicesByDoc, context.services, (entries) => {
    const byDoc = new Map<number, ServiceEntry>();
    for (const entry of entries)
      if (!byDoc.has(entry.object.doc)) byDoc.set(entry.object.doc, entry);
    return byDoc;
  }).get(doc);
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
  const links = linksFrom(context.graph, ingressObject.doc).filter((link) => link.to !== null);
  return ingressBackendPaths(ingressObject.object).map((backendPath) => {
    const key = pathKey(backendPath);
    const ofBackend = links.filter((link) => {
      const prefix = backendPrefix(link.from.path);
      return prefix !== undefined && pathKey(prefix) === key;
    });
    const serviceLink = ofBackend.find((link) => link.kind === 'ingress-backend-service');
    const portLink = ofBackend.find((link) => link.kind === 'ingress-backend-port');
    const serviceDoc = serviceLink?.to?.doc ?? portLink?.to?.doc;
    const service = serviceDoc === undefined ? undefined : serviceAt(context, serviceDoc);
    const portIndex = portLink?.to?.path[2];
    const port =
      service && typeof portIndex === 'number' ? service.service.ports[portIndex] : undefined;
    const servicePort =
      port && typeof portIndex === 'number' ? { index: portIndex, port } : undefined;
    const containerPorts = servicePort
      ? linksFrom(context.graph, serviceDoc ?? -1)
          .filter(
            (link) =>
              link.kind === 'service-target-port' &&
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

/** A port name that says gRPC: `grpc` or `grpc-*` (RULES.md, "A backend counts as gRPC"). */
export function isGrpcName(name: string | undefined): boolean {
  return name === 'grpc' || (name?.startsWith('grpc-') ?? false);
}

function isGrpcAppProtocol(value: string | undefined): boolean {
  const normalised = value?.trim().toLowerCase();
  return normalised === 'grpc' || normalised === 'kubernetes.io/h2c';
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
