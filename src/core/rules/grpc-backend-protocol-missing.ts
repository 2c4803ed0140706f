import {
  ALB_PROTOCOL_VERSION,
  CONTROLLER_NAMES,
  GKE_APP_PROTOCOLS,
  NGINX_BACKEND_PROTOCOL,
  TRAEFIK_SERVERS_SCHEME,
  TRAEFIK_V1_PROTOCOL,
  annotationPath,
  gkeAppProtocols,
  ingressController,
  parseAppProtocols,
  trimmedUpper,
} from '../profiles/controller';
import {
  describeBackend,
  grpcEvidence,
  ingressBackends,
  type BackendView,
} from '../profiles/backends';
import type { ProfileId } from '../profiles/types';
import type { Finding, Rule } from './types';

/** One gRPC backend and why kubewire thinks it is one. */
interface GrpcBackend {
  view: BackendView;
  evidence: string;
  profile: ProfileId;
}

/** An annotation that has to be added or changed on one object. */
interface Missing {
  doc: number;
  object: unknown;
  objectLabel: string;
  key: string;
  value: string;
  /** What is wrong, after "which speaks gRPC (…), but". */
  problem: string;
  /** What to do, in a sentence or two. */
  advice: string;
}

function quoted(value: string | undefined): string {
  return value === undefined ? 'missing' : `"${value}"`;
}

/** An nginx annotation on an Ingress that another controller serves does nothing there. */
function ignoredNginxNote({ view, profile }: GrpcBackend): string {
  if (profile === 'nginx' || profile === 'okteto-nginx') return '';
  if (view.ingress.meta.annotations[NGINX_BACKEND_PROTOCOL] === undefined) return '';
  return `; ${CONTROLLER_NAMES[profile]} ignores \`${NGINX_BACKEND_PROTOCOL}\`, which only ingress-nginx reads`;
}

function nginx({ view }: GrpcBackend): Missing | undefined {
  const current = view.ingress.meta.annotations[NGINX_BACKEND_PROTOCOL];
  const value = trimmedUpper(current);
  if (value === 'GRPC' || value === 'GRPCS') return undefined;
  // HTTPS means the pod serves TLS: its gRPC counterpart is GRPCS.
  const wanted = value === 'HTTPS' ? 'GRPCS' : 'GRPC';
  return {
    doc: view.ingressDoc,
    object: undefined,
    objectLabel: `Ingress \`${view.ingress.meta.name ?? ''}\``,
    key: NGINX_BACKEND_PROTOCOL,
    value: wanted,
    problem:
      current === undefined
        ? `the Ingress does not have \`${NGINX_BACKEND_PROTOCOL}: "GRPC"\``
        : `the Ingress sets \`${NGINX_BACKEND_PROTOCOL}\` to ${quoted(current)}`,
    advice:
      `Without "GRPC" (or "GRPCS"), ingress-nginx talks HTTP/1.1 to the pod and every gRPC call fails (usually with a 502). ` +
      `Set the annotation on the Ingress to "${wanted}" ("GRPC" for plain HTTP/2 to the pod, "GRPCS" when the pod itself serves TLS).`,
  };
}

function traefik({ view }: GrpcBackend): Missing | undefined {
  if (trimmedUpper(view.ingress.meta.annotations[TRAEFIK_V1_PROTOCOL]) === 'H2C') return undefined;
  const service = view.service;
  // The annotation belongs on the Service: without one in the manifests there is nothing to fix.
  if (!service) return undefined;
  const current = service.service.meta.annotations[TRAEFIK_SERVERS_SCHEME];
  // https: Traefik negotiates HTTP/2 over TLS with the pod, which gRPC over TLS needs.
  const value = current?.trim().toLowerCase();
  if (value === 'h2c' || value === 'https') return undefined;
  return {
    doc: service.object.doc,
    object: service.object.object,
    objectLabel: `Service \`${service.service.meta.name ?? ''}\``,
    key: TRAEFIK_SERVERS_SCHEME,
    value: 'h2c',
    problem:
      current === undefined
        ? `Service \`${service.service.meta.name ?? ''}\` does not have \`${TRAEFIK_SERVERS_SCHEME}: h2c\``
        : `Service \`${service.service.meta.name ?? ''}\` sets \`${TRAEFIK_SERVERS_SCHEME}\` to ${quoted(current)}`,
    advice:
      'Traefik then talks HTTP/1.1 to the pod and every gRPC call fails. ' +
      `Set \`${TRAEFIK_SERVERS_SCHEME}: h2c\` on the Service (Traefik v2 and later read it there; ` +
      `the old Traefik v1.7 read \`${TRAEFIK_V1_PROTOCOL}: h2c\` on the Ingress instead).`,
  };
}

function gke({ view }: GrpcBackend): Missing | undefined {
  const service = view.service;
  const port = view.servicePort?.port;
  if (!service || !port) return undefined;
  const serviceName = service.service.meta.name ?? '';
  const annotation = gkeAppProtocols(service.service);
  const mapping = parseAppProtocols(annotation?.value);
  const portName = port.name;
  if (portName !== undefined && mapping?.[portName] === 'HTTP2') return undefined;
  const key = annotation?.key ?? GKE_APP_PROTOCOLS;
  const health =
    'HTTP2 here means HTTP/2 with TLS, so the pod must serve TLS, and the load balancer health check cannot speak gRPC: give it an HTTP endpoint with a BackendConfig.';
  if (portName === undefined) {
    return {
      doc: service.object.doc,
      object: service.object.object,
      objectLabel: `Service \`${serviceName}\``,
      key,
      value: '',
      problem: `Service \`${serviceName}\` port ${String(port.port ?? '')} has no name, and \`${key}\` maps port names to protocols`,
      advice: `The Google load balancer then talks HTTP/1.1 to the pod and gRPC fails. Name the port (for example \`grpc\`) and add \`${key}: '{"grpc":"HTTP2"}'\` to the Service. ${health}`,
    };
  }
  let problem: string;
  if (annotation === undefined) problem = `Service \`${serviceName}\` has no \`${key}\``;
  else if (mapping === undefined)
    problem = `Service \`${serviceName}\`'s \`${key}\` is not a JSON object (${annotation.value})`;
  else if (mapping[portName] === undefined)
    problem = `Service \`${serviceName}\`'s \`${key}\` does not mention port \`${portName}\``;
  else
    problem = `Service \`${serviceName}\`'s \`${key}\` maps port \`${portName}\` to "${mapping[portName]}"`;
  const value = JSON.stringify({ ...mapping, [portName]: 'HTTP2' });
  return {
    doc: service.object.doc,
    object: service.object.object,
    objectLabel: `Service \`${serviceName}\``,
    key,
    value,
    problem,
    advice: `The Google load balancer then talks HTTP/1.1 to the pod and gRPC fails. Set \`${key}: '${value}'\` on the Service. ${health}`,
  };
}

function alb({ view }: GrpcBackend): Missing | undefined {
  const onService = view.service?.service.meta.annotations[ALB_PROTOCOL_VERSION];
  const onIngress = view.ingress.meta.annotations[ALB_PROTOCOL_VERSION];
  // The Service's annotation overrides the Ingress's for its target group.
  const effective = onService ?? onIngress;
  if (effective?.trim() === 'GRPC') return undefined;
  const advice =
    'The ALB target group then speaks HTTP/1.1 to the pod and gRPC fails. ' +
    `Set \`${ALB_PROTOCOL_VERSION}: GRPC\` (gRPC on an ALB also needs an HTTPS listener and a certificate).`;
  if (onService !== undefined && view.service) {
    const name = view.service.service.meta.name ?? '';
    return {
      doc: view.service.object.doc,
      object: view.service.object.object,
      objectLabel: `Service \`${name}\``,
      key: ALB_PROTOCOL_VERSION,
      value: 'GRPC',
      problem: `Service \`${name}\` sets \`${ALB_PROTOCOL_VERSION}\` to ${quoted(onService)}`,
      advice,
    };
  }
  return {
    doc: view.ingressDoc,
    object: undefined,
    objectLabel: `Ingress \`${view.ingress.meta.name ?? ''}\``,
    key: ALB_PROTOCOL_VERSION,
    value: 'GRPC',
    problem:
      onIngress === undefined
        ? `neither the Ingress nor the Service has \`${ALB_PROTOCOL_VERSION}: GRPC\``
        : `the Ingress sets \`${ALB_PROTOCOL_VERSION}\` to ${quoted(onIngress)}`,
    advice,
  };
}

const CHECKS: Partial<Record<ProfileId, (backend: GrpcBackend) => Missing | undefined>> = {
  nginx,
  'okteto-nginx': nginx,
  traefik,
  gke,
  alb,
};

export const grpcBackendProtocolMissing: Rule = {
  id: 'grpc-backend-protocol-missing',
  description: 'The ingress controller must be told to speak gRPC (HTTP/2) to a gRPC backend.',
  help:
    'An ingress controller talks HTTP/1.1 to pods unless told otherwise, and gRPC needs HTTP/2 all the way. ' +
    'Each controller has its own switch: ingress-nginx `nginx.ingress.kubernetes.io/backend-protocol: "GRPC"` on the Ingress; ' +
    'Traefik `traefik.ingress.kubernetes.io/service.serversscheme: h2c` on the Service; GKE `cloud.google.com/app-protocols` ' +
    'mapping the Service port name to HTTP2 on the Service; AWS ALB `alb.ingress.kubernetes.io/backend-protocol-version: GRPC`.',
  docsUrl:
    'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#backend-protocol',
  check: (context) => {
    const findings = new Map<string, Finding>();
    for (const { object, ingress } of context.ingresses) {
      const { profile } = ingressController(ingress, context.options);
      const check = profile === undefined ? undefined : CHECKS[profile];
      if (!check || !profile) continue;
      for (const view of ingressBackends(context, object)) {
        const evidence = grpcEvidence(view);
        if (evidence === undefined) continue;
        const backend = { view, evidence, profile };
        const missing = check(backend);
        if (!missing) continue;
        const key = `${missing.doc}|${missing.key}`;
        if (findings.has(key)) continue;
        const target = missing.object ?? object.object;
        const message =
          `Ingress \`${ingress.meta.name ?? ''}\` is served by ${CONTROLLER_NAMES[profile]} and routes to ${describeBackend(view)}, ` +
          `which speaks gRPC (${evidence}${ignoredNginxNote(backend)}), but ${missing.problem}. ${missing.advice}`;
        findings.set(key, {
          severity: 'error',
          message,
          doc: missing.doc,
          path: annotationPath(target, missing.key),
          ...(missing.value === ''
            ? {}
            : {
                fix: {
                  title: `Set ${missing.key}: "${missing.value}" on ${missing.objectLabel.replace(/`/g, '')}`,
                  commands: [
                    {
                      type: 'set' as const,
                      doc: missing.doc,
                      path: ['metadata', 'annotations', missing.key],
                      value: missing.value,
                    },
                  ],
                },
              }),
        });
      }
    }
    return [...findings.values()];
  },
};
