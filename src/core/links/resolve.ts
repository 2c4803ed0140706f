/**
 * The link resolver: reads LINK_TABLE and the objects of one manifest and says, for every
 * pointing field, what it reaches or why it reaches nothing. Pure, linear in the size of the
 * manifest (objects are indexed by namespace and name once), and it never throws: a manifest
 * being typed is half-written, so every read falls back to "absent".
 *
 * This file only assembles the graph; each kind of link is resolved in its own module
 * (ingress.ts, route.ts, pod-selection.ts, ports.ts, workload-selector.ts).
 */
import type { ManifestObject } from '../rules/context';
import { runSliced } from '../slices';
import { Links, type ResolveContext } from './builder';
import { resolveIngress } from './ingress';
import { Directory, nameOf, namespaceOf, pushTo } from './objects';
import { resolveServiceSelector } from './pod-selection';
import { resolveProbes, resolveTargetPorts } from './ports';
import { resolveRoute } from './route';
import { readServiceItem } from './services';
import { GATEWAY, GRPC_ROUTE, kindMatches, SERVICE } from './kinds';
import { INGRESS_BACKEND_SHAPES, LINK_TABLE } from './table';
import type { GraphObject, LinkGraph } from './types';
import { resolveWorkloadSelector } from './workload-selector';
import { findWorkloads, type Workload } from './workloads';

/** Objects resolved in one step of `resolvingSteps` (a pass over 1,000 objects can take 80 ms). */
const OBJECTS_PER_STEP = 100;

export function resolveLinks(objects: readonly ManifestObject[]): LinkGraph {
  return runSliced(resolvingSteps(objects));
}

/**
 * `resolveLinks` as steps (see ../slices.ts): a pause after each reading of the objects (their
 * graph entries, the Services and Gateways, the workloads), then one every `OBJECTS_PER_STEP`
 * items of the resolving passes, counted across them.
 */
export function* resolvingSteps(objects: readonly ManifestObject[]): Generator<void, LinkGraph> {
  let done = 0;
  /** A pause every `OBJECTS_PER_STEP` items of the passes below. */
  function* counted(): Generator<void, void> {
    if (++done % OBJECTS_PER_STEP === 0) yield;
  }
  const graphObjects: GraphObject[] = objects.flatMap((object) =>
    object.kind === undefined
      ? []
      : [
          {
            doc: object.doc,
            kind: object.kind,
            name: object.name ?? null,
            namespace: object.namespace,
          },
        ],
  );
  yield;
  const named = (object: ManifestObject) => object.name !== undefined && object.name !== '';
  const services = objects
    .filter((object) => named(object) && kindMatches(SERVICE, object.kind, object.apiVersion))
    .map(readServiceItem);
  const gateways = objects
    .filter((object) => named(object) && kindMatches(GATEWAY, object.kind, object.apiVersion))
    .map((object) => ({ name: nameOf(object), namespace: namespaceOf(object), object }));
  yield;
  const workloads = findWorkloads(objects);
  const context: ResolveContext = {
    links: new Links(),
    services: new Directory(services),
    gateways: new Directory(gateways),
    workloads,
    selected: new Map(),
  };
  const byNamespace = new Map<string | null, Workload[]>();
  for (const workload of workloads) {
    pushTo(byNamespace, workload.namespace, workload);
  }
  // Selectors first: the Ingress port hints and the targetPorts need the selected pods. The
  // links are then listed in the order of the chain, Ingress first.
  const selectorLinks = new Links();
  const selectorContext = { ...context, links: selectorLinks };
  yield;
  for (const service of services) {
    resolveServiceSelector(selectorContext, service, byNamespace);
    yield* counted();
  }
  for (const object of objects) {
    for (const shape of INGRESS_BACKEND_SHAPES) {
      if (kindMatches(shape.ingress, object.kind, object.apiVersion))
        resolveIngress(context, object, shape);
    }
    if (kindMatches(GRPC_ROUTE, object.kind, object.apiVersion)) resolveRoute(context, object);
    yield* counted();
  }
  context.links.list.push(...selectorLinks.list);
  for (const service of services) {
    resolveTargetPorts(context, service);
    yield* counted();
  }
  const selectorKinds = LINK_TABLE['deployment-selector'].from.kinds;
  for (const workload of workloads) {
    if (selectorKinds.includes(workload.kind)) resolveWorkloadSelector(context, workload);
    yield* counted();
  }
  for (const workload of workloads) {
    resolveProbes(context, workload);
    yield* counted();
  }
  return { objects: graphObjects, links: context.links.list };
}
