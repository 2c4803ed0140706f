/**
 * Which ingress-controller profile a manifest is written for, read from the manifest itself so
 * that the editor can start on the right profile and a profile switch knows when there is
 * nothing to do. What is explicit wins over what is suggestive: a GRPCRoute or an Ingress class
 * says it outright; controller annotations, Service annotations and Okteto's registry only hint.
 */
import { GATEWAY, GRPC_ROUTE, kindMatches } from '../links/kinds';
import { readIngress, type Ingress } from '../model/kinds';
import { asRecord, asStringMap, isRecord } from '../model/read';
import type { ParsedManifest } from '../yaml/parse';
import {
  ALB_PROTOCOL_VERSION,
  CLASS_ANNOTATION,
  GKE_APP_PROTOCOLS,
  GKE_APP_PROTOCOLS_LEGACY,
  OKTETO_REGISTRY,
  hasOktetoGenerateHost,
  profileOfClass,
} from './controller';
import type { ProfileId } from './types';

/** Okteto Cloud's domains: hosts there are served by Okteto's ingress-nginx. */
export function isOktetoHost(host: string | undefined): boolean {
  const normalised = host?.trim().toLowerCase() ?? '';
  return normalised === 'okteto.net' || normalised.endsWith('.okteto.net');
}

/** Annotation prefixes only one controller reads, on the Ingress. */
const INGRESS_HINTS: readonly (readonly [string, ProfileId])[] = [
  ['nginx.ingress.kubernetes.io/', 'nginx'],
  ['alb.ingress.kubernetes.io/', 'alb'],
  ['traefik.', 'traefik'],
  ['kubernetes.io/ingress.global-static-ip-name', 'gke'],
  ['networking.gke.io/', 'gke'],
];

/** Annotations only one controller reads, on a Service. */
const SERVICE_HINTS: readonly (readonly [string, ProfileId])[] = [
  ['traefik.', 'traefik'],
  [GKE_APP_PROTOCOLS, 'gke'],
  [GKE_APP_PROTOCOLS_LEGACY, 'gke'],
  // BackendConfig belongs to the GKE Ingress (GKE's Gateway has its own policies).
  ['cloud.google.com/backend-config', 'gke'],
  [ALB_PROTOCOL_VERSION, 'alb'],
];

/** Traefik's own routing kinds (its CRDs): not switched, but a clear sign of Traefik. */
function isTraefikKind(kind: string | undefined, apiVersion: string | undefined): boolean {
  return (
    (kind === 'IngressRoute' || kind === 'IngressRouteTCP') &&
    /^traefik\.(io|containo\.us)\//.test(apiVersion ?? '')
  );
}

function hinted(
  annotations: Record<string, string>,
  hints: readonly (readonly [string, ProfileId])[],
): ProfileId | undefined {
  const keys = Object.keys(annotations);
  return hints.find(([prefix]) => keys.some((key) => key.startsWith(prefix)))?.[1];
}

/** Kinds that run containers; a build tool's config (Skaffold) may name images too. */
const WORKLOADS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Pod',
  'Job',
  'CronJob',
]);

/** Any container image from Okteto's registry, however deep its pod template sits. */
function hasOktetoImage(value: unknown, depth = 0): boolean {
  if (depth > 12) return false;
  if (Array.isArray(value)) return value.some((item) => hasOktetoImage(item, depth + 1));
  if (!isRecord(value)) return false;
  return Object.entries(value).some(([key, entry]) =>
    key === 'image' && typeof entry === 'string'
      ? entry.startsWith(OKTETO_REGISTRY)
      : hasOktetoImage(entry, depth + 1),
  );
}

function ingressHosts(ingress: Ingress): string[] {
  return [
    ...ingress.rules.flatMap((rule) => (rule.host === undefined ? [] : [rule.host])),
    ...ingress.tls.flatMap((tls) => tls.hosts),
  ];
}

/** `other`: a class kubewire has no profile for (haproxy, istio, a company's own). */
type Verdict = ProfileId | 'other' | undefined;

function ingressVerdict(ingress: Ingress, okteto: boolean): Verdict {
  const className =
    ingress.ingressClassName?.trim() || ingress.meta.annotations[CLASS_ANNOTATION]?.trim();
  if (className) return profileOfClass(className, okteto) ?? 'other';
  if (hasOktetoGenerateHost(ingress)) return 'okteto-nginx';
  const hint = hinted(ingress.meta.annotations, INGRESS_HINTS);
  return hint === 'nginx' && okteto ? 'okteto-nginx' : hint;
}

/**
 * The profile the manifest is written for, or undefined when it does not say or its Ingresses
 * and routes disagree. Okteto is ingress-nginx plus Okteto's endpoints: an nginx Ingress counts
 * as Okteto when something in the manifest asks Okteto for a host (`generate-host`, a host in
 * okteto.net); an image from Okteto's registry only decides when nothing names a controller,
 * because such images stay when the same manifests move to plain ingress-nginx.
 */
export function detectProfile(parsed: ParsedManifest): ProfileId | undefined {
  // A parse is never changed once made, and the page asks about the same one more than once
  // (opening a big file: before its check and when it is shown; ~2 ms for 1,000 objects).
  if (detected.has(parsed)) return detected.get(parsed);
  const profile = detectUncached(parsed);
  detected.set(parsed, profile);
  return profile;
}

const detected = new WeakMap<ParsedManifest, ProfileId | undefined>();

function detectUncached(parsed: ParsedManifest): ProfileId | undefined {
  const objects = parsed.documents.filter((doc) => !doc.hasSyntaxErrors && isRecord(doc.object));
  const ingresses = objects
    .filter((doc) => doc.kind === 'Ingress')
    .map((doc) => readIngress(doc.object));
  const oktetoHost =
    ingresses.some(hasOktetoGenerateHost) ||
    ingresses.some((ingress) => ingressHosts(ingress).some(isOktetoHost));
  const verdicts = new Set<Verdict>(
    ingresses.map((ingress) => ingressVerdict(ingress, oktetoHost)),
  );
  const routes = objects.filter((doc) => kindMatches(GRPC_ROUTE, doc.kind, doc.apiVersion));
  const gateways = objects.filter((doc) => kindMatches(GATEWAY, doc.kind, doc.apiVersion));
  // A lone Gateway may serve HTTPRoutes next to an Ingress; a GRPCRoute is ours to count.
  if (routes.length > 0 || (gateways.length > 0 && ingresses.length === 0)) {
    verdicts.add('gateway-api');
  }
  verdicts.delete(undefined);
  if (verdicts.has('other') || verdicts.size > 1) return undefined;
  const [only] = verdicts;
  if (only !== undefined && only !== 'other') return only;
  // Nothing names a controller: the Services' annotations and Okteto's signs may still tell.
  const serviceHint = objects
    .filter((doc) => doc.kind === 'Service')
    .map((doc) =>
      hinted(asStringMap(asRecord(asRecord(doc.object).metadata).annotations), SERVICE_HINTS),
    )
    .find((hint) => hint !== undefined);
  if (serviceHint) return serviceHint;
  if (objects.some((doc) => isTraefikKind(doc.kind, doc.apiVersion))) return 'traefik';
  if (
    oktetoHost ||
    objects.some((doc) => WORKLOADS.has(doc.kind ?? '') && hasOktetoImage(doc.object))
  ) {
    return 'okteto-nginx';
  }
  return undefined;
}

/**
 * The profile the rules use, in the browser and in `kubewire check` alike: what the manifest
 * says, else the one chosen (the profile control, `--profile`), which matters while nothing
 * in the manifest names a controller.
 */
export function effectiveProfile(
  parsed: ParsedManifest,
  chosen: ProfileId | undefined,
): ProfileId | undefined {
  return detectProfile(parsed) ?? chosen;
}
