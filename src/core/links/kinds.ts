/**
 * The kinds the link table speaks of, and the apiVersions in which their fields have the shape
 * the table describes. Split from table.ts so that the table itself reads as the list of links;
 * matching an object against one of these is `kindMatches`.
 */
import type { PathPattern } from './table';

/** A kind, and the apiVersions in which its fields have the shape the table describes. */
export interface KindRef {
  kind: string;
  apiVersions: readonly string[];
}

export const INGRESS_V1: KindRef = { kind: 'Ingress', apiVersions: ['networking.k8s.io/v1'] };
/** Removed from the API in 1.22 but still common in repositories; same links, older fields. */
export const INGRESS_V1BETA1: KindRef = {
  kind: 'Ingress',
  apiVersions: ['networking.k8s.io/v1beta1', 'extensions/v1beta1'],
};
export const SERVICE: KindRef = { kind: 'Service', apiVersions: ['v1'] };
const GATEWAY_API_VERSIONS = [
  'gateway.networking.k8s.io/v1',
  'gateway.networking.k8s.io/v1beta1',
  'gateway.networking.k8s.io/v1alpha2',
];
export const GRPC_ROUTE: KindRef = {
  kind: 'GRPCRoute',
  apiVersions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1alpha2'],
};
export const GATEWAY: KindRef = { kind: 'Gateway', apiVersions: GATEWAY_API_VERSIONS };

/**
 * A kind that runs pods, and where its pod template is (`[]`: the object is the pod). Only the
 * kinds a Service can sensibly select; the object rules check every pod template
 * (../rules/pod-templates.ts), Jobs and CronJobs included.
 */
export interface WorkloadKind extends KindRef {
  podTemplate: PathPattern;
  /**
   * Whether `spec.selector` is required and must match the template. apps/v1 never defaults it
   * from the template; the beta APIs did, so a missing selector there is not a broken link.
   */
  selectorRequired: boolean;
}

const TEMPLATE = ['spec', 'template'] as const;
const APPS_BETA = ['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'];

export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  { kind: 'Deployment', apiVersions: ['apps/v1'], podTemplate: TEMPLATE, selectorRequired: true },
  { kind: 'Deployment', apiVersions: APPS_BETA, podTemplate: TEMPLATE, selectorRequired: false },
  { kind: 'StatefulSet', apiVersions: ['apps/v1'], podTemplate: TEMPLATE, selectorRequired: true },
  { kind: 'StatefulSet', apiVersions: APPS_BETA, podTemplate: TEMPLATE, selectorRequired: false },
  { kind: 'DaemonSet', apiVersions: ['apps/v1'], podTemplate: TEMPLATE, selectorRequired: true },
  { kind: 'DaemonSet', apiVersions: APPS_BETA, podTemplate: TEMPLATE, selectorRequired: false },
  { kind: 'ReplicaSet', apiVersions: ['apps/v1'], podTemplate: TEMPLATE, selectorRequired: true },
  { kind: 'ReplicaSet', apiVersions: APPS_BETA, podTemplate: TEMPLATE, selectorRequired: false },
  { kind: 'Pod', apiVersions: ['v1'], podTemplate: [], selectorRequired: false },
];

export function kindMatches(
  ref: KindRef,
  kind: string | undefined,
  apiVersion: string | undefined,
) {
  return ref.kind === kind && apiVersion !== undefined && ref.apiVersions.includes(apiVersion);
}
