import '@xyflow/react/dist/style.css';
import {
  Controls,
  ReactFlow,
  type Connection,
  type FitViewOptions,
  type IsValidConnection,
  type OnConnect,
  type ProOptions,
} from '@xyflow/react';
import { useState, type MouseEvent } from 'react';
import { t } from '../../app/i18n';
import { connectionCommands } from '../../core/diagram/connect';
import { useManifest } from '../../state/store';
import { useManifestSelector } from '../../state/use-manifest-selector';
import { FitOnCountChange } from './FitOnCountChange';
import { flowListsSelector, objectsOf } from './flow-elements';
import { LinkEdge, type LinkFlowEdge } from './LinkEdge';
import { ObjectNode, type ObjectFlowNode } from './ObjectNode';

const nodeTypes = { object: ObjectNode };
const edgeTypes = { link: LinkEdge };
// Props of React Flow are module constants: a new object would render its whole tree again.
const fitViewOptions: FitViewOptions = { padding: 0.1 };
const proOptions: ProOptions = { hideAttribution: true };

function docOf(nodeId: string): number | null {
  const match = /^object-(\d+)$/.exec(nodeId);
  return match ? Number(match[1]) : null;
}

function commandsFor(connection: Connection | LinkFlowEdge) {
  const sourceDoc = docOf(connection.source);
  const targetDoc = docOf(connection.target);
  if (sourceDoc === null || targetDoc === null) return null;
  return connectionCommands(
    {
      sourceDoc,
      targetDoc,
      sourceHandle: connection.sourceHandle ?? '',
      targetHandle: connection.targetHandle ?? '',
    },
    objectsOf(useManifest.getState().lastValid),
  );
}

// The handlers read the store when called, so they never change and React Flow keeps its nodes.
const isValidConnection: IsValidConnection<LinkFlowEdge> = (connection) =>
  commandsFor(connection) !== null;

const onConnect: OnConnect = (connection) => {
  const commands = commandsFor(connection);
  if (commands) useManifest.getState().apply(commands, 'diagram');
};

function onNodeClick(_: MouseEvent, node: ObjectFlowNode) {
  const doc = docOf(node.id);
  if (doc !== null) useManifest.getState().select({ doc, path: [] });
}

function onEdgeClick(_: MouseEvent, edge: LinkFlowEdge) {
  const from = edge.data?.edge.from;
  if (from) useManifest.getState().select({ doc: from.doc, path: from.path });
}

/**
 * The link diagram (React Flow, its own lazy chunk). Every edge is a link the resolver found;
 * clicking a node or an edge shows its form field; dragging from an Ingress backend to a Service
 * port, or from a Service port to a container port, writes that link into the manifest.
 */
export default function Diagram() {
  // The selector keeps what it built last: one per diagram.
  const [select] = useState(flowListsSelector);
  const { nodes, edges } = useManifestSelector(select);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      aria-label={t('diagram.ariaLabel')}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.2}
      nodesConnectable
      elementsSelectable
      proOptions={proOptions}
      isValidConnection={isValidConnection}
      onConnect={onConnect}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
    >
      <Controls showInteractive={false} />
      <FitOnCountChange count={nodes.length} />
    </ReactFlow>
  );
}
