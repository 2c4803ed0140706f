import type { ManifestDocument } from '../yaml/parse';
import {
  asArray,
  asIntOrString,
  asNumber,
  asRecord,
  asString,
  asStringMap,
  getPath,
  type PlainRecord,
} from './read';

/** The kinds kubewire models; everything else is kept and passed through untouched. */
export type ModelledKind = 'Ingress' | 'Service' | 'Deployment';

const MODELLED: Record<ModelledKind, string> = {
  Ingress: 'networking.k8s.io/v1',
  Service: 'v1',
  Deployment: 'apps/v1',
};

export function modelledKind(
  doc: Pick<ManifestDocument, 'apiVersion' | 'kind'>,
): ModelledKind | undefined {
  const kind = doc.kind;
  if (kind !== 'Ingress' && kind !== 'Service' && kind !== 'Deployment') return undefined;
  return MODELLED[kind] === doc.apiVersion ? kind : undefined;
}

export interface ObjectMeta {
  name: string | undefined;
  namespace: string | undefined;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export function readMeta(object: unknown): ObjectMeta {
  const metadata = asRecord(asRecord(object).metadata);
  return {
    name: asString(metadata.name),
    namespace: asString(metadata.namespace),
    labels: asStringMap(metadata.labels),
    annotations: asStringMap(metadata.annotations),
  };
}

// ---------------------------------------------------------------- Deployment

export interface ContainerPort {
  name: string | undefined;
  containerPort: number | undefined;
  protocol: string | undefined;
}

export interface EnvVar {
  name: string | undefined;
  value: string | undefined;
  /** True when the value comes from a Secret, ConfigMap or field reference. */
  fromReference: boolean;
}

export interface ResourceQuantities {
  cpu: string | undefined;
  memory: string | undefined;
}

export type ProbeHandler = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc';
export const PROBE_HANDLERS: readonly ProbeHandler[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
export type ProbeKind = 'readinessProbe' | 'livenessProbe' | 'startupProbe';
export const PROBE_KINDS: readonly ProbeKind[] = [
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
];

export interface Probe {
  /** The handlers present; more than one is an error the rules report. */
  handlers: ProbeHandler[];
  command: string[];
  path: string | undefined;
  port: number | string | undefined;
  grpcService: string | undefined;
  initialDelaySeconds: number | undefined;
  periodSeconds: number | undefined;
  timeoutSeconds: number | undefined;
  successThreshold: number | undefined;
  failureThreshold: number | undefined;
}

export interface Container {
  name: string | undefined;
  image: string | undefined;
  imagePullPolicy: string | undefined;
  ports: ContainerPort[];
  env: EnvVar[];
  requests: ResourceQuantities;
  limits: ResourceQuantities;
  probes: Partial<Record<ProbeKind, Probe>>;
}

export interface Deployment {
  meta: ObjectMeta;
  replicas: number | undefined;
  matchLabels: Record<string, string>;
  templateLabels: Record<string, string>;
  containers: Container[];
}

/** A quantity as written: `cpu: 1` is read as "1". */
function quantity(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return asString(value);
}

function readResources(value: unknown): ResourceQuantities {
  const record = asRecord(value);
  return { cpu: quantity(record.cpu), memory: quantity(record.memory) };
}

export function readProbe(value: unknown): Probe | undefined {
  if (value === undefined || value === null) return undefined;
  const probe = asRecord(value);
  const handlers = PROBE_HANDLERS.filter(
    (handler) => probe[handler] !== undefined && probe[handler] !== null,
  );
  const first = handlers[0];
  const handler = first ? asRecord(probe[first]) : {};
  return {
    handlers,
    command: asArray(handler.command).map((part) => String(part)),
    path: asString(handler.path),
    port: asIntOrString(handler.port),
    grpcService: asString(handler.service),
    initialDelaySeconds: asNumber(probe.initialDelaySeconds),
    periodSeconds: asNumber(probe.periodSeconds),
    timeoutSeconds: asNumber(probe.timeoutSeconds),
    successThreshold: asNumber(probe.successThreshold),
    failureThreshold: asNumber(probe.failureThreshold),
  };
}

export function readContainer(value: unknown): Container {
  const container = asRecord(value);
  const resources = asRecord(container.resources);
  const probes: Partial<Record<ProbeKind, Probe>> = {};
  for (const kind of PROBE_KINDS) {
    const probe = readProbe(container[kind]);
    if (probe) probes[kind] = probe;
  }
  return {
    name: asString(container.name),
    image: asString(container.image),
    imagePullPolicy: asString(container.imagePullPolicy),
    ports: asArray(container.ports).map((port) => {
      const record = asRecord(port);
      return {
        name: asString(record.name),
        containerPort: asNumber(record.containerPort),
        protocol: asString(record.protocol),
      };
    }),
    env: asArray(container.env).map((entry) => {
      const record = asRecord(entry);
      const raw = record.value;
      return {
        name: asString(record.name),
        value: typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : asString(raw),
        fromReference: record.valueFrom !== undefined && record.valueFrom !== null,
      };
    }),
    requests: readResources(resources.requests),
    limits: readResources(resources.limits),
    probes,
  };
}

export function readDeployment(object: unknown): Deployment {
  const spec = asRecord(asRecord(object).spec);
  return {
    meta: readMeta(object),
    replicas: asNumber(spec.replicas),
    matchLabels: asStringMap(getPath(spec, ['selector', 'matchLabels'])),
    templateLabels: asStringMap(getPath(spec, ['template', 'metadata', 'labels'])),
    containers: asArray(getPath(spec, ['template', 'spec', 'containers'])).map(readContainer),
  };
}

// ---------------------------------------------------------------- Service

export interface ServicePort {
  name: string | undefined;
  port: number | undefined;
  targetPort: number | string | undefined;
  protocol: string | undefined;
  appProtocol: string | undefined;
}

export interface Service {
  meta: ObjectMeta;
  type: string | undefined;
  /** Undefined when the Service has no selector at all (it then gets no endpoints by itself). */
  selector: Record<string, string> | undefined;
  ports: ServicePort[];
}

export function readService(object: unknown): Service {
  const spec = asRecord(asRecord(object).spec);
  return {
    meta: readMeta(object),
    type: asString(spec.type),
    selector:
      spec.selector === undefined || spec.selector === null
        ? undefined
        : asStringMap(spec.selector),
    ports: asArray(spec.ports).map((port) => {
      const record = asRecord(port);
      return {
        name: asString(record.name),
        port: asNumber(record.port),
        targetPort: asIntOrString(record.targetPort),
        protocol: asString(record.protocol),
        appProtocol: asString(record.appProtocol),
      };
    }),
  };
}

// ---------------------------------------------------------------- Ingress

export interface IngressBackend {
  serviceName: string | undefined;
  portName: string | undefined;
  portNumber: number | undefined;
}

export interface IngressPath {
  path: string | undefined;
  pathType: string | undefined;
  backend: IngressBackend;
}

export interface IngressRule {
  host: string | undefined;
  paths: IngressPath[];
}

export interface IngressTls {
  hosts: string[];
  secretName: string | undefined;
}

export interface Ingress {
  meta: ObjectMeta;
  ingressClassName: string | undefined;
  defaultBackend: IngressBackend | undefined;
  rules: IngressRule[];
  tls: IngressTls[];
}

export function readBackend(value: unknown): IngressBackend {
  const service = asRecord(asRecord(value).service);
  const port = asRecord(service.port);
  return {
    serviceName: asString(service.name),
    portName: asString(port.name),
    portNumber: asNumber(port.number),
  };
}

export function readIngress(object: unknown): Ingress {
  const spec: PlainRecord = asRecord(asRecord(object).spec);
  return {
    meta: readMeta(object),
    ingressClassName: asString(spec.ingressClassName),
    defaultBackend:
      spec.defaultBackend === undefined ? undefined : readBackend(spec.defaultBackend),
    rules: asArray(spec.rules).map((rule) => {
      const record = asRecord(rule);
      return {
        host: asString(record.host),
        paths: asArray(getPath(record, ['http', 'paths'])).map((path) => {
          const entry = asRecord(path);
          return {
            path: asString(entry.path),
            pathType: asString(entry.pathType),
            backend: readBackend(entry.backend),
          };
        }),
      };
    }),
    tls: asArray(spec.tls).map((tls) => {
      const record = asRecord(tls);
      return {
        hosts: asArray(record.hosts).filter((host): host is string => typeof host === 'string'),
        secretName: asString(record.secretName),
      };
    }),
  };
}
