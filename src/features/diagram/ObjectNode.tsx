import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { DiagramNode } from '../../core/diagram/build';
import { t } from '../../app/i18n';
import { handleRows, HEADER, NODE_BORDER, ROW, ROW_RULE } from './node-geometry';

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

/** An object of the manifest with one connection point per port (or backend). */
export function ObjectNode({ data }: NodeProps<ObjectFlowNode>) {
  const { node } = data;
  const missing = node.doc === null;
  const color = missing ? '#9e9e9e' : (KIND_COLOR[node.kind] ?? '#455a64');
  const rows = handleRows(node.handles);
  return (
    <div
      style={{
        width: node.width,
        height: node.height,
        border: `${String(NODE_BORDER)}px ${missing ? 'dashed' : 'solid'} ${color}`,
        borderRadius: 8,
        background: '#fff',
        fontSize: 12,
        boxSizing: 'border-box',
        position: 'relative',
      }}
    >
      <div
        style={{
          background: color,
          color: '#fff',
          padding: '6px 10px',
          height: HEADER - 12,
          boxSizing: 'content-box',
        }}
      >
        <div style={{ fontSize: 11, opacity: 0.85 }}>{node.kind}</div>
        <div
          style={{
            fontWeight: 600,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {node.name}
          {missing && ` — ${t('diagram.missing')}`}
        </div>
      </div>
      {node.handles
        .filter((handle) => handle.header === true)
        .map((handle) => (
          <Handle
            key={handle.id}
            id={handle.id}
            type={handle.side}
            position={handle.side === 'target' ? Position.Left : Position.Right}
            style={HEADER_HANDLE_STYLE}
            isConnectable={false}
          />
        ))}
      {rows.map((row, index) => {
        const top = HEADER + ROW * index;
        return (
          <div
            key={row[0]?.id ?? index}
            style={{
              position: 'absolute',
              top,
              left: 0,
              right: 0,
              height: ROW,
              display: 'flex',
              alignItems: 'center',
              padding: '0 12px',
              borderTop: `${String(ROW_RULE)}px solid #eee`,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {row[0]?.label}
            {row.map((handle) => (
              <Handle
                key={handle.id}
                id={handle.id}
                type={handle.side}
                position={handle.side === 'target' ? Position.Left : Position.Right}
                style={ROW_HANDLE_STYLE}
              />
            ))}
          </div>
        );
      })}
      {node.notes.map((note, index) => (
        <div
          key={index}
          style={{
            position: 'absolute',
            top: HEADER + ROW * (rows.length + index),
            left: 0,
            right: 0,
            height: ROW,
            padding: '0 12px',
            display: 'flex',
            alignItems: 'center',
            color: note.ok ? '#2e7d32' : '#c62828',
            borderTop: `${String(ROW_RULE)}px solid #eee`,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
          title={note.text}
        >
          {note.text}
        </div>
      ))}
    </div>
  );
}
