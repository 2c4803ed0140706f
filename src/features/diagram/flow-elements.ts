import { t } from '../../app/i18n';
import type { ParsedManifest } from '../../core';
import {
  buildDiagram,
  type Diagram,
  type DiagramEdge,
  type DiagramNode,
} from '../../core/diagram/build';
import type { LinkGraph } from '../../core/links/types';
import { manifestObjects, type ManifestObject } from '../../core/model/objects';
import { keepEqual } from '../../state/keep-equal';
import type { ManifestState } from '../../state/store';
import type { LinkFlowEdge } from './LinkEdge';
import type { ObjectFlowNode } from './ObjectNode';

function flowNode(node: DiagramNode): ObjectFlowNode {
  return {
    id: node.id,
    type: 'object',
    position: { x: node.x, y: node.y },
    data: { node },
    width: node.width,
    height: node.height,
    draggable: false,
    ariaLabel: `${t('diagram.node', { kind: node.kind, name: node.name })}${node.notes.map((note) => `; ${note.text}`).join('')}`,
  };
}

function flowEdge(edge: DiagramEdge): LinkFlowEdge {
  return {
    id: edge.id,
    type: 'link',
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    targetHandle: edge.targetHandle,
    data: { edge },
    ariaLabel: edge.label,
    focusable: true,
  };
}

export interface FlowLists {
  nodes: ObjectFlowNode[];
  edges: LinkFlowEdge[];
}

/**
 * React Flow's nodes and edges for successive diagrams. A node or edge whose diagram part did
 * not change keeps its object, and a list none of whose items changed keeps its array, so React
 * Flow renders again only the ones an edit changed, and nothing when typing left them be.
 */
export class FlowElements {
  private diagram: Diagram | undefined;
  private nodes = new Map<DiagramNode, ObjectFlowNode>();
  private edges = new Map<DiagramEdge, LinkFlowEdge>();
  private lists: FlowLists = { nodes: [], edges: [] };

  update(next: Diagram): FlowLists {
    const diagram = keepEqual(this.diagram, next);
    this.diagram = diagram;
    const nodes = new Map(
      diagram.nodes.map((node) => [node, this.nodes.get(node) ?? flowNode(node)]),
    );
    const edges = new Map(
      diagram.edges.map((edge) => [edge, this.edges.get(edge) ?? flowEdge(edge)]),
    );
    this.nodes = nodes;
    this.edges = edges;
    const nodeList = sameOrNew(this.lists.nodes, [...nodes.values()]);
    const edgeList = sameOrNew(this.lists.edges, [...edges.values()]);
    if (nodeList !== this.lists.nodes || edgeList !== this.lists.edges)
      this.lists = { nodes: nodeList, edges: edgeList };
    return this.lists;
  }
}

/** `previous` when `next` has the same items in the same order. */
function sameOrNew<T>(previous: T[], next: T[]): T[] {
  const same =
    previous.length === next.length && next.every((item, index) => item === previous[index]);
  return same ? previous : next;
}

let lastObjects: { parsed: ParsedManifest; objects: ManifestObject[] } | undefined;

/** The objects of a parse, found again only when the parse changes. */
export function objectsOf(parsed: ParsedManifest): ManifestObject[] {
  if (lastObjects?.parsed !== parsed) lastObjects = { parsed, objects: manifestObjects(parsed) };
  return lastObjects.objects;
}

/**
 * A store selector of React Flow's nodes and edges, one per diagram: the diagram is built again
 * only when the parse or the links change, and the lists keep their arrays when no node or edge
 * changed, so the diagram renders only when one of them did.
 */
export function flowListsSelector(): (state: ManifestState) => FlowLists {
  const elements = new FlowElements();
  let input: { parsed: ParsedManifest; graph: LinkGraph } | undefined;
  let output: FlowLists | undefined;
  return (state) => {
    const parsed = state.lastValid;
    const graph = state.check.graph;
    if (output === undefined || input?.parsed !== parsed || input.graph !== graph) {
      output = elements.update(buildDiagram(objectsOf(parsed), graph));
      input = { parsed, graph };
    }
    return output;
  };
}

/**
 * The first `count` nodes of the lists and the edges between them (the diagram of a big file
 * is built over several tasks, see use-progressive-count.ts), one per diagram: the same lists
 * while nothing changes, and `lists` itself once every node is shown.
 */
export function firstNodesCutter(): (lists: FlowLists, count: number) => FlowLists {
  let last: { lists: FlowLists; count: number; cut: FlowLists } | undefined;
  return (lists, count) => {
    if (count >= lists.nodes.length) return lists;
    if (last?.lists === lists && last.count === count) return last.cut;
    const first = lists.nodes.slice(0, Math.max(0, count));
    const ids = new Set(first.map((node) => node.id));
    // The placeholders of missing objects come last: keep those a shown node's broken link
    // points at, or the very links a user is looking for would vanish.
    const placeholders = lists.nodes.filter(
      (node) =>
        node.data.node.doc === null &&
        !ids.has(node.id) &&
        lists.edges.some((edge) => edge.target === node.id && ids.has(edge.source)),
    );
    for (const node of placeholders) ids.add(node.id);
    const nodes = [...first, ...placeholders];
    const edges = lists.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    last = { lists, count, cut: { nodes, edges } };
    return last.cut;
  };
}
