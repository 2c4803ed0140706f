/**
 * "How to check it works": the exact commands for this manifest, in the order a beginner runs
 * them — apply, wait for the pods, call the server through a port-forward (past the Ingress),
 * call it through the Ingress, and what to look at when a call fails.
 *
 * The core returns data (the kind of each step, its command and the values an explanation
 * needs); the UI writes the explanations in the user's language. Names, hosts and namespaces
 * come from the manifest, which may come from a stranger's link, so every value put into a
 * command is quoted for the shell unless it is plainly safe.
 */
import { GRPC_ROUTE, INGRESS_V1, INGRESS_V1BETA1, kindMatches, SERVICE } from '../links/kinds';
import { resolveLinks } from '../links/resolve';
import { readServiceItem, type ServiceItem, type ServicePortItem } from '../links/services';
import type { LinkGraph, LinkKind } from '../links/types';
import { findWorkloads } from '../links/workloads';
import { readIngress } from '../model/kinds';
import { asArray, asString, getPath } from '../model/read';
import {
  hasOktetoGenerateHost,
  NGINX_BACKEND_PROTOCOL,
  trimmedUpper,
} from '../profiles/controller';
import type { ProfileId } from '../profiles/types';
import { manifestObjects, type ManifestObject } from '../rules/context';
import type { ParsedManifest } from '../yaml/parse';
import { applyCommand, placeholderVariables } from './okteto';

export type CheckGroupId = 'deploy' | 'rollout' | 'inside' | 'public' | 'troubleshoot';

export type CheckStep =
  /** `kubectl apply -k .` */
  | { kind: 'apply'; command: string }
  /** The files have `${VAR}` placeholders: envsubst fills them in before kubectl applies. */
  | { kind: 'apply-envsubst'; command: string; variables: string[] }
  /** Okteto: `okteto deploy` runs okteto.yaml, which applies the same files. */
  | { kind: 'okteto-deploy'; command: string; variables: string[] }
  /** `kubectl rollout status deployment/<name>`: waits until the pods are ready. */
  | {
      kind: 'rollout';
      command: string;
      workloadKind: string;
      name: string;
      namespace: string | null;
    }
  /** `kubectl port-forward svc/<name> <local>:<port>`, kept running while the next step runs. */
  | {
      kind: 'port-forward';
      command: string;
      service: string;
      namespace: string | null;
      port: number;
      localPort: number;
    }
  /** `grpcurl -plaintext localhost:<local> list` through the port-forward. */
  | { kind: 'grpcurl-local'; command: string; localPort: number; tls: boolean }
  /** Okteto generates the Ingress host: `okteto endpoints` prints it. */
  | { kind: 'okteto-endpoints'; command: string; ingress: string; placeholder: string }
  /** An Ingress without a host answers on its address: `kubectl get ingress` shows it. */
  | {
      kind: 'ingress-address';
      command: string;
      ingress: string;
      namespace: string | null;
      placeholder: string;
    }
  /** A GRPCRoute without hostnames answers on its Gateway's address. */
  | {
      kind: 'gateway-address';
      command: string;
      gateway: string;
      namespace: string | null;
      placeholder: string;
    }
  /** `grpcurl <host>:443 list` through the Ingress or the Gateway, over TLS. */
  | { kind: 'grpcurl-public'; command: string; host: string; placeholder: boolean }
  /** `kubectl get endpoints <svc>`: empty means the selector matches no ready pod. */
  | { kind: 'endpoints'; command: string; service: string; namespace: string | null };

export type CheckStepKind = CheckStep['kind'];

export interface CheckGroup {
  id: CheckGroupId;
  steps: CheckStep[];
}

/** A shell word: as it is when plainly safe, else in single quotes (names come from strangers). */
export function shellWord(value: string): string {
  if (/^[A-Za-z0-9._/:@%+=,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function namespaceFlag(namespace: string | null): string {
  return namespace === null ? '' : ` -n ${shellWord(namespace)}`;
}

/** A name that can stand in a placeholder host as it is. */
function isDnsLabel(value: string): boolean {
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value);
}

/** Ports below 1024 need root on most machines: forward them from a high local port. */
function localPortFor(port: number, used: Set<number>): number {
  let local = port < 1024 ? port + 8000 : port;
  while (used.has(local)) local++;
  used.add(local);
  return local;
}

/** The port a client would call when nothing names one: a gRPC-looking port, else the first. */
function grpcPortOf(service: ServiceItem): ServicePortItem | undefined {
  const items = asArray(getPath(service.object.object, ['spec', 'ports']));
  const isGrpc = (port: ServicePortItem, index: number) => {
    const appProtocol = asString(getPath(items[index], ['appProtocol']))?.toLowerCase() ?? '';
    return (port.name ?? '').toLowerCase().includes('grpc') || /grpc|h2c/.test(appProtocol);
  };
  return service.ports.find(isGrpc) ?? service.ports[0];
}

const SERVICE_LINKS: readonly LinkKind[] = ['ingress-backend-service', 'route-backend-service'];
const PORT_LINKS: readonly LinkKind[] = ['ingress-backend-port', 'route-backend-port'];

interface Backend {
  service: ServiceItem;
  /** Indexes of the Service ports the backends name. */
  ports: Set<number>;
  /** The Ingresses and routes that send to it. */
  sources: Set<number>;
}

/** The Services that Ingresses and routes send to, in link order, with the ports they name. */
function backendServices(objects: readonly ManifestObject[], graph: LinkGraph): Backend[] {
  const byDoc = new Map(objects.map((object) => [object.doc, object]));
  const backends = new Map<number, Backend>();
  for (const link of graph.links) {
    const to = link.to;
    if (to === null) continue;
    const isService = SERVICE_LINKS.includes(link.kind);
    const isPort = PORT_LINKS.includes(link.kind);
    if (!isService && !isPort) continue;
    let backend = backends.get(to.doc);
    if (!backend) {
      const object = byDoc.get(to.doc);
      if (!object) continue;
      backend = { service: readServiceItem(object), ports: new Set(), sources: new Set() };
      backends.set(to.doc, backend);
    }
    backend.sources.add(link.from.doc);
    const index = to.path[2];
    if (isPort && typeof index === 'number') backend.ports.add(index);
  }
  if (backends.size > 0) return [...backends.values()];
  // No Ingress or route yet: every Service that selects pods can still be checked directly.
  return objects
    .filter((object) => kindMatches(SERVICE, object.kind, object.apiVersion) && object.name)
    .map((object): Backend => ({
      service: readServiceItem(object),
      ports: new Set(),
      sources: new Set(),
    }))
    .filter((backend) => backend.service.selector !== undefined);
}

/** The Service ports to forward: those the backends name, else its gRPC-looking port. */
function forwardedPorts(backend: Backend): number[] {
  const named = [...backend.ports].map((index) => backend.service.ports[index]);
  const ports = named.length > 0 ? named : [grpcPortOf(backend.service)];
  const numbers = ports.flatMap((port) => (port?.port === undefined ? [] : [port.port]));
  return [...new Set(numbers)];
}

/** Whether the controller talks TLS to the pod (ingress-nginx `backend-protocol: GRPCS`). */
function backendUsesTls(backend: Backend, byDoc: Map<number, ManifestObject>): boolean {
  return [...backend.sources].some((doc) => {
    const value = getPath(byDoc.get(doc)?.object, ['metadata', 'annotations']);
    const annotation = asString(getPath(value, [NGINX_BACKEND_PROTOCOL]));
    return trimmedUpper(annotation) === 'GRPCS';
  });
}

function publicCall(host: string): CheckStep {
  const placeholder = host.includes('*');
  const shown = host.replace(/^\*/, '<subdomain>');
  return {
    kind: 'grpcurl-public',
    command: `grpcurl ${placeholder ? shown : shellWord(host)}:443 list`,
    host: shown,
    placeholder,
  };
}

function placeholderCall(placeholder: string): CheckStep {
  return {
    kind: 'grpcurl-public',
    command: `grpcurl ${placeholder}:443 list`,
    host: placeholder,
    placeholder: true,
  };
}

function ingressSteps(object: ManifestObject, profile: ProfileId | undefined): CheckStep[] {
  const ingress = readIngress(object.object);
  const hosts = [
    ...ingress.rules.flatMap((rule) => (rule.host ? [rule.host.trim()] : [])),
    ...ingress.tls.flatMap((tls) => tls.hosts.map((host) => host.trim())),
  ].filter((host) => host !== '');
  if (hosts.length > 0) return [...new Set(hosts)].map(publicCall);
  const name = object.name ?? '';
  if (hasOktetoGenerateHost(ingress)) {
    // Okteto makes the host <ingress>-<namespace>.<its domain>.
    const namespace =
      object.namespace !== null && isDnsLabel(object.namespace) ? object.namespace : '<namespace>';
    const placeholder = isDnsLabel(name)
      ? `${name}-${namespace}.<okteto-domain>`
      : '<host from okteto endpoints>';
    return [
      { kind: 'okteto-endpoints', command: 'okteto endpoints', ingress: name, placeholder },
      placeholderCall(placeholder),
    ];
  }
  // On Okteto an Ingress with neither host nor generate-host has no public address at all
  // (the okteto-host-missing rule says so); elsewhere it answers on the controller's address.
  if (profile === 'okteto-nginx' || name === '') return [];
  const placeholder = '<ingress-address>';
  return [
    {
      kind: 'ingress-address',
      command: `kubectl get ingress ${shellWord(name)}${namespaceFlag(object.namespace)}`,
      ingress: name,
      namespace: object.namespace,
      placeholder,
    },
    placeholderCall(placeholder),
  ];
}

function routeSteps(object: ManifestObject): CheckStep[] {
  const hosts = asArray(getPath(object.object, ['spec', 'hostnames'])).flatMap((host) =>
    typeof host === 'string' && host.trim() !== '' ? [host.trim()] : [],
  );
  if (hosts.length > 0) return [...new Set(hosts)].map(publicCall);
  const parent = asArray(getPath(object.object, ['spec', 'parentRefs']))[0];
  const gateway = asString(getPath(parent, ['name']));
  if (gateway === undefined || gateway === '') return [];
  const namespace = asString(getPath(parent, ['namespace'])) ?? object.namespace;
  const placeholder = '<gateway-address>';
  return [
    {
      kind: 'gateway-address',
      command: `kubectl get gateway ${shellWord(gateway)}${namespaceFlag(namespace)}`,
      gateway,
      namespace,
      placeholder,
    },
    placeholderCall(placeholder),
  ];
}

const ROLLOUT_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];

/**
 * The commands that check that this manifest works once applied, grouped in the order to run
 * them. Empty groups are left out; a manifest without objects gives no groups. `graph` is the
 * link graph of the same text when the caller already has it.
 */
export function checkCommands(
  parsed: ParsedManifest,
  profile: ProfileId | undefined,
  graph?: LinkGraph,
): CheckGroup[] {
  const objects = manifestObjects(parsed);
  if (!objects.some((object) => object.kind !== undefined)) return [];
  const links = graph ?? resolveLinks(objects);
  const byDoc = new Map(objects.map((object) => [object.doc, object]));
  const variables = placeholderVariables(parsed.text);

  const deploy: CheckStep[] = [
    variables.length === 0
      ? { kind: 'apply', command: applyCommand(variables) }
      : { kind: 'apply-envsubst', command: applyCommand(variables), variables },
  ];
  if (profile === 'okteto-nginx')
    deploy.push({ kind: 'okteto-deploy', command: 'okteto deploy', variables });

  const rollout: CheckStep[] = findWorkloads(objects)
    .filter((workload) => ROLLOUT_KINDS.includes(workload.kind.kind) && workload.object.name)
    .map(({ object, kind, namespace }) => {
      const name = object.name ?? '';
      return {
        kind: 'rollout',
        command: `kubectl rollout status ${shellWord(`${kind.kind.toLowerCase()}/${name}`)}${namespaceFlag(namespace)}`,
        workloadKind: kind.kind,
        name,
        namespace,
      };
    });

  const inside: CheckStep[] = [];
  const troubleshoot: CheckStep[] = [];
  const usedLocalPorts = new Set<number>();
  for (const backend of backendServices(objects, links)) {
    const { name, namespace } = backend.service;
    const tls = backendUsesTls(backend, byDoc);
    for (const port of forwardedPorts(backend)) {
      const localPort = localPortFor(port, usedLocalPorts);
      inside.push(
        {
          kind: 'port-forward',
          command: `kubectl port-forward ${shellWord(`svc/${name}`)} ${localPort}:${port}${namespaceFlag(namespace)}`,
          service: name,
          namespace,
          port,
          localPort,
        },
        {
          kind: 'grpcurl-local',
          command: `grpcurl ${tls ? '-insecure' : '-plaintext'} localhost:${localPort} list`,
          localPort,
          tls,
        },
      );
    }
    troubleshoot.push({
      kind: 'endpoints',
      command: `kubectl get endpoints ${shellWord(name)}${namespaceFlag(namespace)}`,
      service: name,
      namespace,
    });
  }

  const publicSteps: CheckStep[] = [];
  for (const object of objects) {
    if (
      kindMatches(INGRESS_V1, object.kind, object.apiVersion) ||
      kindMatches(INGRESS_V1BETA1, object.kind, object.apiVersion)
    )
      publicSteps.push(...ingressSteps(object, profile));
    else if (kindMatches(GRPC_ROUTE, object.kind, object.apiVersion))
      publicSteps.push(...routeSteps(object));
  }
  const seen = new Set<string>();
  const uniquePublic = publicSteps.filter((step) => {
    if (seen.has(step.command)) return false;
    seen.add(step.command);
    return true;
  });

  const groups: CheckGroup[] = [
    { id: 'deploy', steps: deploy },
    { id: 'rollout', steps: rollout },
    { id: 'inside', steps: inside },
    { id: 'public', steps: uniquePublic },
    { id: 'troubleshoot', steps: troubleshoot },
  ];
  return groups.filter((group) => group.steps.length > 0);
}
