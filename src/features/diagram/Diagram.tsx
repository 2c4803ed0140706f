import '@xyflow/react/dist/style.css';
import { Controls, ReactFlow, type Connection } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { t } from '../../app/i18n';
import { buildDiagram } from '../../core/diagram/build';
import { connectionCommands } from '../../core/diagram/connect';
import { manifestObjects } from '../../core/rules/context';
import { useManifest } from '../../state/store';
import { FitOnCountChange } from './FitOnCountChange';
import { FlowElements } from './flow-elements';
import { LinkEdge, type LinkFlowEdge } from './LinkEdge';
import { ObjectNode } from './ObjectNode';

const nodeTypes = { object: ObjectNode };
const edgeTypes = { link: LinkEdge };

function docOf(nodeId: string): number | null {
  const match = /^object-(\d+)$/.exec(nodeId);
  return match ? Number(match[1]) : null;
}

/**
 * The link diagram (React Flow, its own lazy chunk). Every edge is a link the resolver found;
 * clicking a node or an edge shows its form field; dragging from an Ingress backend to a Service
 * port, or from a Service port to a container port, writes that link into the manifest.
 */
export default function Diagram() {
  const graph = useManifest((state) => state.check.graph);
  const parsed = useManifest((state) => state.lastValid);
  const apply = useManifest((state) => state.apply);
  const select = useManifest((state) => state.select);
  const objects = useMemo(() => manifestObjects(parsed), [parsed]);
  // Unchanged nodes and edges keep their objects, so React Flow renders only what changed.
  const [elements] = useState(() => new FlowElements());
  const { nodes, edges } = useMemo(
    () => elements.update(buildDiagram(objects, graph)),
    [elements, objects, graph],
  );

  const commandsFor = (connection: Connection | LinkFlowEdge) => {
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
      objects,
    );
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      aria-label={t('diagram.ariaLabel')}
      fitView
      fitViewOptions={{ padding: 0.1 }}
      minZoom={0.2}
      nodesConnectable
      elementsSelectable
      proOptions={{ hideAttribution: true }}
      isValidConnection={(connection) => commandsFor(connection) !== null}
      onConnect={(connection) => {
        const commands = commandsFor(connection);
        if (commands) apply(commands, 'diagram');
      }}
      onNodeClick={(_, node) => {
        const doc = docOf(node.id);
        if (doc !== null) select({ doc, path: [] });
      }}
      onEdgeClick={(_, edge) => {
        const from = edge.data?.edge.from;
        if (from) select({ doc: from.doc, path: from.path });
      }}
    >
      <Controls showInteractive={false} />
      <FitOnCountChange count={nodes.length} />
    </ReactFlow>
  );
}
