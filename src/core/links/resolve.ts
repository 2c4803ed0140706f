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

export function resolveLinks(objects: readonly ManifestObject[]): LinkGraph {
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
  const named = (object: ManifestObject) => object.name !== undefined && object.name !== '';
  const services = objects
    .filter((object) => named(object) && kindMatches(SERVICE, object.kind, object.apiVersion))
    .map(readServiceItem);
  const gateways = objects
    .filter((object) => named(object) && kindMatches(GATEWAY, object.kind, object.apiVersion))
    .map((object) => ({ name: nameOf(object), namespace: namespaceOf(object), object }));
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
  for (const service of services) resolveServiceSelector(selectorContext, service, byNamespace);
  for (const object of objects) {
    for (const shape of INGRESS_BACKEND_SHAPES) {
      if (kindMatches(shape.ingress, object.kind, object.apiVersion))
        resolveIngress(context, object, shape);
    }
    if (kindMatches(GRPC_ROUTE, object.kind, object.apiVersion)) resolveRoute(context, object);
  }
  context.links.list.push(...selectorLinks.list);
  for (const service of services) resolveTargetPorts(context, service);
  const selectorKinds = LINK_TABLE['deployment-selector'].from.kinds;
  for (const workload of workloads) {
    if (selectorKinds.includes(workload.kind)) resolveWorkloadSelector(context, workload);
  }
  for (const workload of workloads) resolveProbes(context, workload);
  return { objects: graphObjects, links: context.links.list };
}
