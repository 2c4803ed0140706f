/**
 * The link table (DESIGN.md, principle 3): which field of which kind points at which item of
 * which kind, and how the two are matched. The resolver, the rules, their quick fixes and the
 * diagram read these entries instead of spelling paths and kinds again.
 *
 * Unlike headlamp's and Monokle's tables, every entry says how namespaces are compared and
 * ports are matched by name or number, as the Kubernetes controllers do.
 */
import { PROBE_KINDS } from '../model/kinds';
import {
  GATEWAY,
  GRPC_ROUTE,
  INGRESS_V1,
  INGRESS_V1BETA1,
  SERVICE,
  WORKLOAD_KINDS,
  type KindRef,
} from './kinds';
import type { LinkKind } from './types';

/** A path with `'*'` standing for every item of a list: `['spec', 'rules', '*', 'http']`. */
export type PathPattern = readonly (string | number)[];

/** How a pointing value is compared with its candidate targets. */
export type MatchBy =
  /** The value equals the target object's `metadata.name`. */
  | 'object-name'
  /** A name equals a Service port's `name`; a number equals its `port` (never targetPort). */
  | 'service-port-name-or-number'
  /** A number equals a Service port's `port`. */
  | 'service-port-number'
  /** Every pair of the map is among the target's labels: one AND, extra labels are fine. */
  | 'label-subset'
  /** A LabelSelector: `matchLabels` pairs and `matchExpressions` (In, NotIn, Exists, DoesNotExist). */
  | 'label-selector'
  /** A name equals a container port's `name` with the same protocol; a number its `containerPort`. */
  | 'container-port-name-or-number';

/** Where the targets are looked for. */
export type Scope =
  /** The source object's namespace; no `metadata.namespace` is the namespace of apply (null). */
  | 'same-namespace'
  /** The reference's own `namespace` field, else the source object's namespace. */
  | 'reference-or-same-namespace'
  /** Inside the source object itself (a Deployment's own pod template). */
  | 'same-object'
  /** The ports of the container the field belongs to. */
  | 'same-container'
  /** The containers of the pod templates the Service's selector resolved to. */
  | 'selected-pod-templates';

export interface LinkSpec {
  kind: LinkKind;
  /** One line for the diagram legend and the docs. */
  summary: string;
  from: {
    kinds: readonly KindRef[];
    /** Where the pointing value is; for a backend, relative to the backend's item. */
    fields: readonly PathPattern[];
  };
  to: {
    kinds: readonly KindRef[];
    /** The target item (see LinkEnd's path conventions). */
    item: PathPattern;
    /** The field(s) of the target item the value is compared with. */
    compare: readonly PathPattern[];
  };
  match: MatchBy;
  scope: Scope;
  /** Resolved only for sources whose link of this kind resolved (a port needs its Service). */
  requires?: LinkKind;
}

// ---------------------------------------------------------------- Ingress backends

/** Where an Ingress keeps its backends and how a backend names its Service and port. */
export interface IngressBackendShape {
  ingress: KindRef;
  /** The backend items: every rule path, and the default backend. */
  backends: readonly PathPattern[];
  /** The default backend among `backends` (it serves every request no rule matches). */
  defaultBackend: PathPattern;
  serviceName: PathPattern;
  /** v1 has `port.name` and `port.number`; v1beta1 one IntOrString `servicePort`. */
  portName: PathPattern;
  portNumber: PathPattern;
}

export const INGRESS_BACKEND_SHAPES: readonly IngressBackendShape[] = [
  {
    ingress: INGRESS_V1,
    backends: [
      ['spec', 'rules', '*', 'http', 'paths', '*', 'backend'],
      ['spec', 'defaultBackend'],
    ],
    defaultBackend: ['spec', 'defaultBackend'],
    serviceName: ['service', 'name'],
    portName: ['service', 'port', 'name'],
    portNumber: ['service', 'port', 'number'],
  },
  {
    ingress: INGRESS_V1BETA1,
    backends: [
      ['spec', 'rules', '*', 'http', 'paths', '*', 'backend'],
      ['spec', 'backend'],
    ],
    defaultBackend: ['spec', 'backend'],
    serviceName: ['serviceName'],
    portName: ['servicePort'],
    portNumber: ['servicePort'],
  },
];

/**
 * Backends that are not Services: the AWS Load Balancer Controller's actions, written as
 * `service.name: <action>` with `port.name: use-annotation` and an
 * `alb.ingress.kubernetes.io/actions.<action>` annotation. Flagging them would be wrong.
 */
export const PSEUDO_BACKEND = {
  portName: 'use-annotation',
  annotationPrefix: 'alb.ingress.kubernetes.io/actions.',
} as const;

// ---------------------------------------------------------------- GRPCRoute references

/** A parentRef/backendRef without `group`/`kind` means this group and kind. */
export const ROUTE_REFS = {
  parentRefs: ['spec', 'parentRefs', '*'],
  parentDefault: { group: 'gateway.networking.k8s.io', kind: 'Gateway' },
  backendRefs: ['spec', 'rules', '*', 'backendRefs', '*'],
  backendDefault: { group: '', kind: 'Service' },
} as const;

// ---------------------------------------------------------------- the table

/** The probe handlers whose port the `probe-port` link checks (exec has no port). */
export const PORT_PROBE_HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

const INGRESS_KINDS = [INGRESS_V1, INGRESS_V1BETA1];
// Workload paths below are relative to the pod (WorkloadKind.podTemplate): a Deployment's
// `['metadata', 'labels']` is `spec.template.metadata.labels`, a Pod's is its own labels.
export const POD_LABELS = ['metadata', 'labels'] as const;
export const POD_CONTAINERS = ['spec', 'containers', '*'] as const;
const PROBE_PORTS: PathPattern[] = PROBE_KINDS.flatMap((probe) =>
  PORT_PROBE_HANDLERS.map((handler) => [probe, handler, 'port']),
);

export const LINK_TABLE: Readonly<Record<LinkKind, LinkSpec>> = {
  'ingress-backend-service': {
    kind: 'ingress-backend-service',
    summary: 'An Ingress backend names a Service in its own namespace.',
    from: {
      kinds: INGRESS_KINDS,
      fields: INGRESS_BACKEND_SHAPES.flatMap((shape) =>
        shape.backends.map((backend) => [...backend, ...shape.serviceName]),
      ),
    },
    to: { kinds: [SERVICE], item: [], compare: [['metadata', 'name']] },
    match: 'object-name',
    scope: 'same-namespace',
  },
  'ingress-backend-port': {
    kind: 'ingress-backend-port',
    summary: "An Ingress backend names a port of its Service: the port's name or its `port`.",
    from: {
      kinds: INGRESS_KINDS,
      fields: INGRESS_BACKEND_SHAPES.flatMap((shape) =>
        shape.backends.flatMap((backend) => [
          [...backend, ...shape.portName],
          [...backend, ...shape.portNumber],
        ]),
      ),
    },
    to: { kinds: [SERVICE], item: ['spec', 'ports', '*'], compare: [['name'], ['port']] },
    match: 'service-port-name-or-number',
    scope: 'same-namespace',
    requires: 'ingress-backend-service',
  },
  'route-parent': {
    kind: 'route-parent',
    summary: 'A GRPCRoute attaches to a Gateway.',
    from: { kinds: [GRPC_ROUTE], fields: [[...ROUTE_REFS.parentRefs, 'name']] },
    to: { kinds: [GATEWAY], item: [], compare: [['metadata', 'name']] },
    match: 'object-name',
    scope: 'reference-or-same-namespace',
  },
  'route-backend-service': {
    kind: 'route-backend-service',
    summary: 'A GRPCRoute backendRef names a Service.',
    from: { kinds: [GRPC_ROUTE], fields: [[...ROUTE_REFS.backendRefs, 'name']] },
    to: { kinds: [SERVICE], item: [], compare: [['metadata', 'name']] },
    match: 'object-name',
    scope: 'reference-or-same-namespace',
  },
  'route-backend-port': {
    kind: 'route-backend-port',
    summary: "A GRPCRoute backendRef's port is one of its Service's `port` values.",
    from: { kinds: [GRPC_ROUTE], fields: [[...ROUTE_REFS.backendRefs, 'port']] },
    to: { kinds: [SERVICE], item: ['spec', 'ports', '*'], compare: [['port']] },
    match: 'service-port-number',
    scope: 'reference-or-same-namespace',
    requires: 'route-backend-service',
  },
  'service-selector': {
    kind: 'service-selector',
    summary: 'A Service selects the pods whose labels include every pair of its selector.',
    from: { kinds: [SERVICE], fields: [['spec', 'selector']] },
    to: { kinds: WORKLOAD_KINDS, item: POD_LABELS, compare: [[]] },
    match: 'label-subset',
    scope: 'same-namespace',
  },
  'service-target-port': {
    kind: 'service-target-port',
    summary:
      "A Service port's targetPort (or, without one, its port) is a port of the selected containers.",
    from: { kinds: [SERVICE], fields: [['spec', 'ports', '*', 'targetPort']] },
    to: {
      kinds: WORKLOAD_KINDS,
      item: [...POD_CONTAINERS, 'ports', '*'],
      compare: [['name'], ['containerPort']],
    },
    match: 'container-port-name-or-number',
    scope: 'selected-pod-templates',
    requires: 'service-selector',
  },
  'deployment-selector': {
    kind: 'deployment-selector',
    summary: "A Deployment's selector matches the labels of its own pod template.",
    from: {
      kinds: WORKLOAD_KINDS.filter((kind) => kind.selectorRequired),
      fields: [['spec', 'selector']],
    },
    to: {
      kinds: WORKLOAD_KINDS.filter((kind) => kind.selectorRequired),
      item: POD_LABELS,
      compare: [[]],
    },
    match: 'label-selector',
    scope: 'same-object',
  },
  'probe-port': {
    kind: 'probe-port',
    summary: "A probe's port is one of its own container's ports.",
    from: {
      kinds: WORKLOAD_KINDS,
      fields: PROBE_PORTS.map((port) => [...POD_CONTAINERS, ...port]),
    },
    to: {
      kinds: WORKLOAD_KINDS,
      item: [...POD_CONTAINERS, 'ports', '*'],
      compare: [['name'], ['containerPort']],
    },
    match: 'container-port-name-or-number',
    scope: 'same-container',
  },
};
