import type { Path } from '../yaml/edit';

/**
 * The kinds of link between the objects of the chain
 * Ingress/GRPCRoute → Service → Deployment (see DESIGN.md, "Links are declared as data").
 */
export type LinkKind =
  /** An Ingress backend (rules and defaultBackend) → a Service, by name, same namespace. */
  | 'ingress-backend-service'
  /** An Ingress backend's `service.port.name|number` → a Service port (its name or `port`). */
  | 'ingress-backend-port'
  /** A GRPCRoute `parentRefs` entry → a Gateway. */
  | 'route-parent'
  /** A GRPCRoute `backendRefs` entry → a Service. */
  | 'route-backend-service'
  /** A GRPCRoute `backendRefs` port → a Service port's `port`. */
  | 'route-backend-port'
  /** A Service selector (one AND of all pairs) → the pod template of a workload. */
  | 'service-selector'
  /** A Service port's targetPort (name or number; none means `port`) → a container port. */
  | 'service-target-port'
  /** A Deployment's `spec.selector` → its own `spec.template.metadata.labels`. */
  | 'deployment-selector'
  /** A probe's port (httpGet, tcpSocket, grpc) → a port of the same container. */
  | 'probe-port';

/** One end of a link: a field or an item in one document. */
export interface LinkEnd {
  doc: number;
  /**
   * The source field, or the target item. Targets by convention: a whole object is `[]`, a
   * Service port `['spec','ports',i]`, a container port
   * `['spec','template','spec','containers',c,'ports',p]`, a pod template
   * `['spec','template','metadata','labels']`.
   */
  path: Path;
  /** How a beginner would name it: `Service server port grpc`. */
  label: string;
}

export interface Link {
  /** Unique within one resolution of one text. */
  id: string;
  kind: LinkKind;
  from: LinkEnd;
  /** The resolved target; null when the link is broken. */
  to: LinkEnd | null;
  state: 'resolved' | 'broken';
  /** Why it does not resolve, in plain words with the values on both sides; null when resolved. */
  reason: string | null;
  /** The value on the source side, as written: `server`, `grpc`, `9000`, `app=grpc-server`. */
  value: string;
  /** For a broken link, the closest candidate target (for "did you mean" and the diagram). */
  nearest: LinkEnd | null;
}

/** An object that can take part in links. */
export interface GraphObject {
  doc: number;
  kind: string;
  name: string | null;
  namespace: string | null;
}

export interface LinkGraph {
  objects: GraphObject[];
  links: Link[];
}
