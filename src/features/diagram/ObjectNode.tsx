import { Handle, type Node, type NodeProps } from '@xyflow/react';
import { handleRows, type DiagramHandle, type DiagramNode } from '../../core/diagram/build';
import { t } from '../../app/i18n';
import type { CSSProperties } from 'react';
import { HEADER, ROW, sideOf } from './node-geometry';
import './object-node.css';

export type ObjectNodeData = { node: DiagramNode };
export type ObjectFlowNode = Node<ObjectNodeData, 'object'>;

// The same style objects on every render: Handle is memoised, and a new object would defeat it.
const HEADER_HANDLE_STYLE = { top: HEADER / 2 } as const;
const ROW_HANDLE_STYLE = { top: ROW / 2 } as const;

const KIND_COLOR: Record<string, string> = {
  Ingress: '#1b5e9e',
  GRPCRoute: '#1b5e9e',
  Gateway: '#0d3c66',
  Service: '#00695c',
  Deployment: '#6a1b9a',
};

/** The element's style: its size and its kind's colour (the rest is object-node.css). */
function boxStyle(node: DiagramNode, colour: string): CSSProperties {
  // A custom property: React's style typing does not list them.
  return { width: node.width, height: node.height, '--kw-node-colour': colour } as CSSProperties;
}

/**
 * One connection point, on its side of the node (node-geometry.ts places it for React Flow):
 * on the header it stands for the whole object and takes no drawn links.
 */
function ObjectHandle({ handle, header = false }: { handle: DiagramHandle; header?: boolean }) {
  return (
    <Handle
      id={handle.id}
      type={handle.side}
      position={sideOf(handle)}
      style={header ? HEADER_HANDLE_STYLE : ROW_HANDLE_STYLE}
      isConnectable={!header}
    />
  );
}

/** An object of the manifest with one connection point per port (or backend). */
export function ObjectNode({ data }: NodeProps<ObjectFlowNode>) {
  const { node } = data;
  const missing = node.doc === null;
  const colour = missing ? '#9e9e9e' : (KIND_COLOR[node.kind] ?? '#455a64');
  const rows = handleRows(node.handles);
  return (
    <div
      className={missing ? 'kw-node kw-node--missing' : 'kw-node'}
      style={boxStyle(node, colour)}
    >
      <div className="kw-node__header">
        <div className="kw-node__kind">{node.kind}</div>
        <div className="kw-node__name">
          {node.name}
          {missing && ` — ${t('diagram.missing')}`}
        </div>
      </div>
      {node.handles
        .filter((handle) => handle.header === true)
        .map((handle) => (
          <ObjectHandle key={handle.id} handle={handle} header />
        ))}
      {rows.map((row, index) => (
        <div
          key={row[0]?.id ?? index}
          className="kw-node__row"
          style={{ top: HEADER + ROW * index }}
        >
          {row[0]?.label}
          {row.map((handle) => (
            <ObjectHandle key={handle.id} handle={handle} />
          ))}
        </div>
      ))}
      {node.notes.map((note, index) => (
        <div
          key={index}
          className={`kw-node__row ${note.ok ? 'kw-node__row--ok' : 'kw-node__row--broken'}`}
          style={{ top: HEADER + ROW * (rows.length + index) }}
          title={note.text}
        >
          {note.text}
        </div>
      ))}
    </div>
  );
}
