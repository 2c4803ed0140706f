import type { Link, LinkGraph, LinkKind } from '../links/types';
import { readDeployment, readIngress, readService } from '../model/kinds';
import { asArray, asRecord, getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { Path } from '../yaml/edit';

/**
 * The diagram as data: one node per object of the chain with a handle per port, one edge per
 * link between two objects, laid out left to right in columns without overlaps. The React Flow
 * view only draws this; it decides nothing.
 */

export type HandleSide = 'source' | 'target';

export interface DiagramHandle {
  id: string;
  side: HandleSide;
  label: string;
  /** On the node's header (the object as a whole) rather than on a row of its own. */
  header?: boolean;
  /** The field or item this handle stands for, in its document. */
  path: Path;
}

export interface DiagramNode {
  id: string;
  /** The document, or null for a placeholder of an object the manifests do not have. */
  doc: number | null;
  kind: string;
  name: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  handles: DiagramHandle[];
  /** Checks inside the object (its selector, its probes), shown on the node. */
  notes: { text: string; ok: boolean }[];
}

export interface DiagramEdge {
  id: string;
  linkKind: LinkKind;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  broken: boolean;
  /** Names both ends and the state: "Service server → Deployment server: broken — …". */
  label: string;
  reason: string | null;
  /** Where the link starts, for selecting it. */
  from: { doc: number; path: Path };
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const NODE_WIDTH = 290;
export const COLUMN_GAP = 110;
export const ROW_GAP = 28;
/** A node's header (kind and name) and each of its rows (a port, a backend, a note), in px. */
export const HEADER_HEIGHT = 52;
export const ROW_HEIGHT = 28;

const COLUMN: Record<string, number> = {
  Gateway: 0,
  Ingress: 0,
  GRPCRoute: 0,
  Service: 1,
  Deployment: 2,
};

export const nodeId = (doc: number): string => `object-${String(doc)}`;
export const handleId = (path: Path): string => path.join('.');

function nameOf(object: ManifestObject): string {
  return object.name ?? '(no name)';
}

function ingressHandles(object: ManifestObject): DiagramHandle[] {
  const ingress = readIngress(object.object);
  const handles: DiagramHandle[] = [];
  if (ingress.defaultBackend) {
    handles.push({
      id: handleId(['spec', 'defaultBackend']),
      side: 'source',
      label: `default → ${ingress.defaultBackend.serviceName ?? '?'}`,
      path: ['spec', 'defaultBackend'],
    });
  }
  ingress.rules.forEach((rule, r) => {
    rule.paths.forEach((path, p) => {
      const at: Path = ['spec', 'rules', r, 'http', 'paths', p, 'backend'];
      const port =
        path.backend.portName ??
        (path.backend.portNumber === undefined ? '?' : String(path.backend.portNumber));
      handles.push({
        id: handleId(at),
        side: 'source',
        label: `${rule.host ?? '*'}${path.path ?? ''} → ${path.backend.serviceName ?? '?'}:${port}`,
        path: at,
      });
    });
  });
  return handles;
}

/** A scalar as the diagram shows it; anything else (missing, a map) as `?`. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}

function routeHandles(object: ManifestObject): DiagramHandle[] {
  const handles: DiagramHandle[] = [
    { id: 'parent', side: 'target', label: 'parent Gateway', path: ['spec', 'parentRefs'] },
  ];
  asArray(getPath(object.object, ['spec', 'rules'])).forEach((rule, r) => {
    asArray(asRecord(rule).backendRefs).forEach((ref, b) => {
      const record = asRecord(ref);
      const at: Path = ['spec', 'rules', r, 'backendRefs', b];
      handles.push({
        id: handleId(at),
        side: 'source',
        label: `→ ${scalarText(record.name)}:${scalarText(record.port)}`,
        path: at,
      });
    });
  });
  return handles;
}

function serviceHandles(object: ManifestObject): DiagramHandle[] {
  const service = readService(object.object);
  const handles: DiagramHandle[] = [];
  service.ports.forEach((port, i) => {
    const at: Path = ['spec', 'ports', i];
    const label = `${port.name ?? '(unnamed)'} ${String(port.port ?? '?')} → ${String(port.targetPort ?? port.port ?? '?')}`;
    handles.push({ id: `in:${handleId(at)}`, side: 'target', label, path: at });
    handles.push({ id: `out:${handleId(at)}`, side: 'source', label, path: at });
  });
  handles.push({ id: 'selector', side: 'source', label: 'selector', path: ['spec', 'selector'] });
  handles.push({ id: 'in', side: 'target', label: '', path: [], header: true });
  return handles;
}

function deploymentHandles(object: ManifestObject): DiagramHandle[] {
  const deployment = readDeployment(object.object);
  const handles: DiagramHandle[] = [
    { id: 'pods', side: 'target', label: 'pods', path: ['spec', 'template', 'metadata', 'labels'] },
  ];
  deployment.containers.forEach((container, c) => {
    container.ports.forEach((port, p) => {
      const at: Path = ['spec', 'template', 'spec', 'containers', c, 'ports', p];
      handles.push({
        id: handleId(at),
        side: 'target',
        label: `${container.name ?? '?'}: ${port.name ?? '(unnamed)'} ${String(port.containerPort ?? '?')}`,
        path: at,
      });
    });
  });
  return handles;
}

function handlesOf(object: ManifestObject): DiagramHandle[] {
  switch (object.kind) {
    case 'Ingress':
      return object.modelled === 'Ingress' ? ingressHandles(object) : [];
    case 'GRPCRoute':
      return routeHandles(object);
    case 'Gateway':
      return [{ id: 'routes', side: 'source', label: 'routes', path: [], header: true }];
    case 'Service':
      return object.modelled === 'Service' ? serviceHandles(object) : [];
    case 'Deployment':
      return object.modelled === 'Deployment' ? deploymentHandles(object) : [];
    default:
      return [];
  }
}

/**
 * A node's rows, in order: the handles that stand for the same field share one (a Service
 * port's pair, in and out); header handles have none. The node's height counts them, and the
 * diagram draws and places its handles by them.
 */
export function handleRows(handles: readonly DiagramHandle[]): DiagramHandle[][] {
  const byField = new Map<string, DiagramHandle[]>();
  for (const handle of handles) {
    if (handle.header === true) continue;
    const key = handleId(handle.path);
    const row = byField.get(key);
    if (row) row.push(handle);
    else byField.set(key, [handle]);
  }
  return [...byField.values()];
}

/** Links whose target is a whole object found by name: when broken, that object is missing. */
const OBJECT_LINKS: ReadonlySet<LinkKind> = new Set([
  'ingress-backend-service',
  'route-backend-service',
  'route-parent',
]);

const INTERNAL_LINKS: ReadonlySet<LinkKind> = new Set(['deployment-selector', 'probe-port']);

/**
 * Each object's notes (its links inside itself), by document, found in one pass over the links:
 * filtering all of them once per object was quadratic (~70 ms at 1,000 objects).
 */
function notesByDoc(links: readonly Link[]): Map<number, DiagramNode['notes']> {
  const byDoc = new Map<number, DiagramNode['notes']>();
  for (const link of links) {
    if (!INTERNAL_LINKS.has(link.kind)) continue;
    const note = {
      ok: link.state === 'resolved',
      text: link.state === 'resolved' ? `${link.from.label} ✓` : (link.reason ?? link.from.label),
    };
    const notes = byDoc.get(link.from.doc);
    if (notes) notes.push(note);
    else byDoc.set(link.from.doc, [note]);
  }
  return byDoc;
}

/** The backend a link's source field belongs to: its `backend`, `defaultBackend` or `backendRefs[i]`. */
function backendOf(path: Path): Path {
  const backend = path.findIndex(
    (segment) => segment === 'backend' || segment === 'defaultBackend',
  );
  if (backend !== -1) return path.slice(0, backend + 1);
  const refs = path.indexOf('backendRefs');
  return refs === -1 ? path : path.slice(0, refs + 2);
}

/** Where an edge of each kind leaves its source node and enters its target node. */
function edgeEnds(link: Link): { sourceHandle: string; targetHandle: string } {
  switch (link.kind) {
    case 'ingress-backend-service':
    case 'ingress-backend-port':
    case 'route-backend-service':
    case 'route-backend-port': {
      const target = link.to && link.to.path.length > 0 ? `in:${handleId(link.to.path)}` : 'in';
      return { sourceHandle: handleId(backendOf(link.from.path)), targetHandle: target };
    }
    case 'route-parent':
      return { sourceHandle: 'routes', targetHandle: 'parent' };
    case 'service-selector':
      return { sourceHandle: 'selector', targetHandle: 'pods' };
    case 'service-target-port': {
      const target = link.to ?? link.nearest;
      return {
        // The link starts at the port's `targetPort`; the handle stands for the whole port.
        sourceHandle: `out:${handleId(link.from.path.slice(0, 3))}`,
        targetHandle: target && target.path.length > 4 ? handleId(target.path) : 'pods',
      };
    }
    default:
      return { sourceHandle: '', targetHandle: '' };
  }
}

/** "Service server → Deployment server: broken — why", or what exactly links up when it resolves. */
function edgeLabel(link: Link, source: string, target: string): string {
  if (link.state === 'broken')
    return `${source} → ${target}: broken${link.reason ? ` — ${link.reason}` : ''}`;
  return `${source} → ${target}: resolved — ${link.from.label} → ${link.to?.label ?? target}`;
}

/** The objects that take part in the chain, in document order: those the diagram draws a box for. */
export function diagramObjects(objects: readonly ManifestObject[]): ManifestObject[] {
  return objects.filter((object) => object.kind !== undefined && COLUMN[object.kind] !== undefined);
}

/**
 * The diagram of the objects that take part in the chain, and the links between them. With
 * `limit`, only the first `limit` of `diagramObjects` are drawn, with the links between them and
 * the placeholders their broken links point at (a big manifest's diagram is drawn in part: see
 * Diagram.tsx).
 */
export function buildDiagram(
  objects: readonly ManifestObject[],
  graph: LinkGraph,
  limit = Infinity,
): Diagram {
  const inChain = diagramObjects(objects);
  const drawn = limit < inChain.length ? inChain.slice(0, Math.max(0, limit)) : inChain;
  // A link to an object left out is left out too; only one to an object nowhere gets a placeholder.
  const inManifest = new Set(inChain.map((object) => object.doc));
  // Every note and edge starts at a drawn object: the links of the others are not looked at.
  const drawnDocs = drawn === inChain ? null : new Set(drawn.map((object) => object.doc));
  const links = drawnDocs
    ? graph.links.filter((link) => drawnDocs.has(link.from.doc))
    : graph.links;
  const notesOf = notesByDoc(links);
  const nodes: DiagramNode[] = drawn.map((object) => {
    const handles = handlesOf(object);
    const notes = notesOf.get(object.doc) ?? [];
    return {
      id: nodeId(object.doc),
      doc: object.doc,
      kind: object.kind ?? '',
      name: nameOf(object),
      column: COLUMN[object.kind ?? ''] ?? 0,
      x: 0,
      y: 0,
      width: NODE_WIDTH,
      height: HEADER_HEIGHT + ROW_HEIGHT * (handleRows(handles).length + notes.length),
      handles,
      notes,
    };
  });
  const byDoc = new Map(nodes.map((node) => [node.doc, node]));
  const edges: DiagramEdge[] = [];
  // A backend's port link is more precise than its Service link: draw one edge per backend.
  const portLinkSources = new Set(
    links
      .filter((link) => link.kind === 'ingress-backend-port' || link.kind === 'route-backend-port')
      .map((link) => `${String(link.from.doc)}:${handleId(backendOf(link.from.path))}`),
  );
  for (const link of links) {
    if (INTERNAL_LINKS.has(link.kind)) continue;
    if (
      (link.kind === 'ingress-backend-service' || link.kind === 'route-backend-service') &&
      link.state === 'resolved'
    ) {
      const key = `${String(link.from.doc)}:${handleId(backendOf(link.from.path))}`;
      if (portLinkSources.has(key)) continue;
    }
    // A link to an object that does not exist goes to a placeholder for it, not to a lookalike.
    const targetEnd = OBJECT_LINKS.has(link.kind) ? link.to : (link.to ?? link.nearest);
    const fromNode = byDoc.get(link.from.doc);
    if (!fromNode) continue;
    if (targetEnd && inManifest.has(targetEnd.doc) && !byDoc.has(targetEnd.doc)) continue;
    const toNode = (targetEnd ? byDoc.get(targetEnd.doc) : undefined) ?? ghostNode(nodes, link);
    // A route hangs from its Gateway: that edge is drawn from the Gateway to the route.
    const [source, target] = link.kind === 'route-parent' ? [toNode, fromNode] : [fromNode, toNode];
    const ends = edgeEnds(link);
    edges.push({
      id: link.id,
      linkKind: link.kind,
      source: source.id,
      sourceHandle: link.kind === 'route-parent' ? 'routes' : ends.sourceHandle,
      target: target.id,
      targetHandle: target.doc === null && link.kind !== 'route-parent' ? 'in' : ends.targetHandle,
      broken: link.state === 'broken',
      label: edgeLabel(link, `${source.kind} ${source.name}`, `${target.kind} ${target.name}`),
      reason: link.reason,
      from: { doc: link.from.doc, path: link.from.path },
    });
  }
  layOut(nodes);
  return { nodes, edges };
}

/** A placeholder for an object a link names but the manifests lack ("Service sever (missing)"). */
function ghostNode(nodes: DiagramNode[], link: Link): DiagramNode {
  const kind =
    link.kind === 'route-parent'
      ? 'Gateway'
      : link.kind === 'service-selector' || link.kind === 'service-target-port'
        ? 'Deployment'
        : 'Service';
  const name = link.value.length > 0 ? `${link.value} (missing)` : '(missing)';
  const id = `missing-${kind}-${link.value}`;
  const existing = nodes.find((node) => node.id === id);
  if (existing) return existing;
  const node: DiagramNode = {
    id,
    doc: null,
    kind,
    name,
    column: COLUMN[kind] ?? 1,
    x: 0,
    y: 0,
    width: NODE_WIDTH,
    height: HEADER_HEIGHT,
    handles: [
      kind === 'Gateway'
        ? { id: 'routes', side: 'source', label: '', path: [], header: true }
        : { id: 'in', side: 'target', label: '', path: [], header: true },
    ],
    notes: [],
  };
  nodes.push(node);
  return node;
}

/** Columns left to right; in each column, nodes in document order, stacked without overlap. */
function layOut(nodes: DiagramNode[]): void {
  const nextY = new Map<number, number>();
  for (const node of nodes) {
    const y = nextY.get(node.column) ?? 0;
    node.x = node.column * (NODE_WIDTH + COLUMN_GAP);
    node.y = y;
    nextY.set(node.column, y + node.height + ROW_GAP);
  }
}
