import { t } from '../../app/i18n';
import type { ParsedManifest } from '../../core';
import {
  buildDiagram,
  diagramObjects,
  type Diagram,
  type DiagramEdge,
  type DiagramNode,
} from '../../core/diagram/build';
import type { LinkGraph } from '../../core/links/types';
import { manifestObjects, type ManifestObject } from '../../core/model/objects';
import { keepEqual } from '../../state/keep-equal';
import type { ManifestState } from '../../state/store';
import type { LinkFlowEdge } from './LinkEdge';
import { handleBoxes } from './node-geometry';
import type { ObjectFlowNode } from './ObjectNode';

function flowNode(node: DiagramNode): ObjectFlowNode {
  return {
    id: node.id,
    type: 'object',
    position: { x: node.x, y: node.y },
    data: { node },
    width: node.width,
    height: node.height,
    // With its size, this lets React Flow draw the node's edges before it has measured it.
    handles: handleBoxes(node),
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
 * React Flow's nodes and edges for a store state, one builder per diagram: the diagram of the
 * first `limit` objects (see `buildDiagram`), built again only when the parse, the links or the
 * limit change; the lists keep their arrays when no node or edge changed, so the diagram
 * renders only when one of them did.
 */
export function flowListsBuilder(): (state: ManifestState, limit: number) => FlowLists {
  const elements = new FlowElements();
  let input: { parsed: ParsedManifest; graph: LinkGraph; limit: number } | undefined;
  let output: FlowLists | undefined;
  return (state, limit) => {
    const parsed = state.lastValid;
    const graph = state.check.graph;
    if (
      output === undefined ||
      input?.parsed !== parsed ||
      input.graph !== graph ||
      input.limit !== limit
    ) {
      output = elements.update(buildDiagram(objectsOf(parsed), graph, limit));
      input = { parsed, graph, limit };
    }
    return output;
  };
}

let lastCount: { parsed: ParsedManifest; count: number } | undefined;

/**
 * How many objects the diagram of a state has a box for (whatever it draws), counted again
 * only when the parse changes: the store asks on every change.
 */
export function diagramObjectCount(state: ManifestState): number {
  if (lastCount?.parsed !== state.lastValid)
    lastCount = {
      parsed: state.lastValid,
      count: diagramObjects(objectsOf(state.lastValid)).length,
    };
  return lastCount.count;
}
