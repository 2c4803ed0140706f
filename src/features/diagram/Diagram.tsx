import '@xyflow/react/dist/style.css';
import '../../app/paper.css';
import './capped-note.css';
import {
  Controls,
  Panel,
  ReactFlow,
  type Connection,
  type FitViewOptions,
  type IsValidConnection,
  type OnConnect,
  type ProOptions,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Button } from '../../app/controls/Button';
import { t } from '../../app/i18n';
import { useProgressiveCount } from '../../app/use-progressive-count';
import { connectionCommands } from '../../core/diagram/connect';
import { useManifest, type ManifestState } from '../../state/store';
import { useManifestSelector } from '../../state/use-manifest-selector';
import { FitOnCountChange } from './FitOnCountChange';
import { diagramObjectCount, flowListsBuilder, objectsOf } from './flow-elements';
import { LinkEdge, type LinkFlowEdge } from './LinkEdge';
import { ObjectNode, type ObjectFlowNode } from './ObjectNode';

const nodeTypes = { object: ObjectNode };
/**
 * Nodes the diagram draws by default. React Flow takes ~1 ms per node to draw and again on
 * every update, and a thousand boxes cannot be read anyway: past this, the first ones are drawn
 * and a button draws the rest.
 */
export const MAX_NODES = 150;
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
  const objects = useManifest(diagramObjectCount);
  const opened = useManifest((state) => state.opened);
  // "Show all" holds for the manifest it was chosen for, not for the next file opened.
  const [allShownFor, setAllShownFor] = useState<number | null>(null);
  const flow = useRef<HTMLDivElement>(null);
  const cappedFor = (count: number, at: number) => count > MAX_NODES && allShownFor !== at;
  const shown = useProgressiveCount(cappedFor(objects, opened) ? MAX_NODES : objects, {
    epoch: opened,
  });
  // The builder keeps what it built last: one per diagram. Only the objects shown are built.
  const [build] = useState(flowListsBuilder);
  const select = useCallback((state: ManifestState) => build(state, shown), [build, shown]);
  const lists = useManifestSelector(select);
  const current = useMemo(() => ({ ...lists, objects, opened }), [lists, objects, opened]);
  // A file just opened is drawn in a later task, as a transition: the task that shows it (with
  // its diagnostics, its forms and the YAML pane's first piece) does not also make React Flow's
  // nodes. Meanwhile the diagram still shows the text before. An edit is drawn at once.
  const deferred = useDeferredValue(current);
  const drawn = deferred.opened === opened ? current : deferred;
  const { nodes, edges } = drawn;
  // Placeholders for missing objects come and go as one types a name: they do not move the view.
  const drawnObjects = useMemo(
    () => nodes.filter((node) => node.data.node.doc !== null).length,
    [nodes],
  );
  return (
    <ReactFlow
      ref={flow}
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
      {cappedFor(drawn.objects, drawn.opened) && (
        <Panel position="top-center">
          <div className="kw-paper kw-capped-note" role="status">
            <p className="kw-capped-note__text">
              {t('diagram.capped', { shown: MAX_NODES, total: drawn.objects })}
            </p>
            <Button
              size="small"
              onClick={() => {
                setAllShownFor(drawn.opened);
                // The button goes away with the note: keep the keyboard's place in the diagram.
                flow.current?.querySelector<HTMLElement>('.react-flow__node')?.focus();
              }}
            >
              {t('diagram.showAll', { total: drawn.objects })}
            </Button>
          </div>
        </Panel>
      )}
      <FitOnCountChange count={drawnObjects} />
    </ReactFlow>
  );
}
