/**
 * Templates for a second (third, …) gRPC server: a Deployment and its Service, shaped like the
 * built-in example, named so that nothing already in the namespace clashes with them, and
 * labelled so that the new Service selects only the new pods and no old Service selects them.
 *
 * New objects come back both as plain values with the place they go (`{ value, after }`) and
 * as the `addDocument` commands that write them.
 */
import { namespaceOf } from '../links/objects';
import { readServiceItem } from '../links/services';
import { findWorkloads } from '../links/workloads';
import { uniqueName } from '../model/commands';
import { getPath } from '../model/read';
import {
  ALB_PROTOCOL_VERSION,
  GKE_APP_PROTOCOLS,
  GKE_APP_PROTOCOLS_LEGACY,
  TRAEFIK_SERVERS_SCHEME,
} from '../profiles/controller';
import { manifestObjects, type ManifestObject } from '../rules/context';
import type { EditCommand } from '../yaml/edit';
import type { ParsedManifest } from '../yaml/parse';

/** An object to add as a new document. */
export interface NewDocument {
  value: Record<string, unknown>;
  /**
   * The index of the document it goes after, counted in the text as it is once the documents
   * listed before it were added; undefined: the manifest is empty, it is the first.
   */
  after: number | undefined;
}

export interface NewApp {
  /** The name of both objects, also their `app` label and the container's name. */
  name: string;
  namespace: string | null;
  /** The Service port an Ingress path or a route rule should name. */
  port: { name: string; number: number };
  /** The Service, then the Deployment (the order of the chain). */
  documents: NewDocument[];
  /** The same documents as commands, applied in order. */
  commands: EditCommand[];
}

/** The command that writes a new document where it goes. */
export function addDocumentCommand(document: NewDocument): EditCommand {
  return { type: 'addDocument', value: document.value, after: document.after };
}

const APP_LABEL = 'app';
const GRPC_PORT = { name: 'grpc', number: 9000 };

/** The namespace every object of the manifest shares, else none (the namespace of apply). */
function sharedNamespace(objects: readonly ManifestObject[]): string | null {
  const namespaces = new Set(objects.map(namespaceOf));
  const [only] = namespaces;
  return namespaces.size === 1 && only !== undefined ? only : null;
}

/**
 * Names and `app` values already used in the namespace: a new Service named like a
 * Deployment's pods, or selecting labels an old Service selects, would link to the wrong pods.
 */
function takenNames(objects: readonly ManifestObject[], namespace: string | null): Set<string> {
  const here = objects.filter((object) => namespaceOf(object) === namespace);
  const taken = new Set<string>();
  for (const workload of findWorkloads(here)) {
    if (workload.object.name !== undefined) taken.add(workload.object.name);
    const app = workload.labels[APP_LABEL];
    if (app !== undefined) taken.add(app);
  }
  for (const object of here.filter((item) => item.kind === 'Service')) {
    const service = readServiceItem(object);
    taken.add(service.name);
    const app = service.selector?.[APP_LABEL];
    if (app !== undefined) taken.add(app);
  }
  return taken;
}

/**
 * The Service annotations that tell the ingress controller to speak gRPC, as the other
 * Services of the manifest already carry them (Traefik, GKE and ALB read them on the Service).
 */
function controllerAnnotations(objects: readonly ManifestObject[]): Record<string, string> {
  const annotations: Record<string, string> = {};
  for (const object of objects.filter((item) => item.kind === 'Service')) {
    const existing = getPath(object.object, ['metadata', 'annotations']);
    const read = (key: string) => {
      const value = getPath(existing, [key]);
      return typeof value === 'string' ? value : undefined;
    };
    const traefik = read(TRAEFIK_SERVERS_SCHEME);
    if (traefik !== undefined) annotations[TRAEFIK_SERVERS_SCHEME] ??= traefik;
    const alb = read(ALB_PROTOCOL_VERSION);
    if (alb !== undefined) annotations[ALB_PROTOCOL_VERSION] ??= alb;
    if (read(GKE_APP_PROTOCOLS) !== undefined || read(GKE_APP_PROTOCOLS_LEGACY) !== undefined) {
      annotations[GKE_APP_PROTOCOLS] = JSON.stringify({ [GRPC_PORT.name]: 'HTTP2' });
    }
  }
  return annotations;
}

function metadata(name: string, namespace: string | null, annotations: Record<string, string>) {
  return {
    name,
    ...(namespace === null ? {} : { namespace }),
    labels: { [APP_LABEL]: name },
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}

function service(name: string, namespace: string | null, annotations: Record<string, string>) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(name, namespace, annotations),
    spec: {
      selector: { [APP_LABEL]: name },
      ports: [
        { name: GRPC_PORT.name, port: GRPC_PORT.number, protocol: 'TCP', targetPort: 'grpc' },
      ],
    },
  };
}

function deployment(name: string, namespace: string | null) {
  // A fresh map each time: a shared one would be written as a YAML anchor and alias.
  const labels = () => ({ [APP_LABEL]: name });
  const container = {
    name,
    // A pinned tag, so that nodes pull the new image when it changes.
    image: `ghcr.io/you/${name}:1.0.0`,
    ports: [{ name: GRPC_PORT.name, containerPort: GRPC_PORT.number, protocol: 'TCP' }],
    resources: {
      requests: { cpu: '10m', memory: '32Mi' },
      limits: { cpu: '500m', memory: '256Mi' },
    },
    // The native gRPC probe (Kubernetes 1.27+) takes a port number, never a name.
    readinessProbe: { grpc: { port: GRPC_PORT.number }, initialDelaySeconds: 5 },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(name, namespace, {}),
    spec: {
      replicas: 1,
      selector: { matchLabels: labels() },
      template: { metadata: { labels: labels() }, spec: { containers: [container] } },
    },
  };
}

/**
 * A Deployment and a Service for another gRPC server, named `name` (default `server`) or the
 * first of `name-2`, `name-3`, … that is free in the namespace. The namespace is the one all
 * objects of the manifest share, unless given.
 */
export function newApp(parsed: ParsedManifest, name = 'server', namespace?: string | null): NewApp {
  const objects = manifestObjects(parsed);
  const target = namespace === undefined ? sharedNamespace(objects) : namespace;
  const unique = uniqueName(name, takenNames(objects, target));
  const last = parsed.documents.length - 1;
  const documents: NewDocument[] = [
    {
      value: service(unique, target, controllerAnnotations(objects)),
      after: last >= 0 ? last : undefined,
    },
    { value: deployment(unique, target), after: last + 1 },
  ];
  return {
    name: unique,
    namespace: target,
    port: { ...GRPC_PORT },
    documents,
    commands: documents.map(addDocumentCommand),
  };
}
