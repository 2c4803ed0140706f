import { t } from '../../app/i18n';
import type { Diagram, DiagramEdge, DiagramNode } from '../../core/diagram/build';
import { keepEqual } from '../../state/keep-equal';
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

/**
 * React Flow's nodes and edges for successive diagrams. A node or edge whose diagram part did
 * not change keeps its object, so React Flow renders again only the ones an edit changed.
 */
export class FlowElements {
  private diagram: Diagram | undefined;
  private nodes = new Map<DiagramNode, ObjectFlowNode>();
  private edges = new Map<DiagramEdge, LinkFlowEdge>();

  update(next: Diagram): { nodes: ObjectFlowNode[]; edges: LinkFlowEdge[] } {
    const diagram = keepEqual(this.diagram, next);
    const nodes = new Map(
      diagram.nodes.map((node) => [node, this.nodes.get(node) ?? flowNode(node)]),
    );
    const edges = new Map(
      diagram.edges.map((edge) => [edge, this.edges.get(edge) ?? flowEdge(edge)]),
    );
    this.diagram = diagram;
    this.nodes = nodes;
    this.edges = edges;
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }
}
