import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import { t } from '../../app/i18n';
import type { DiagramEdge } from '../../core/diagram/build';

export type LinkEdgeData = { edge: DiagramEdge };
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

const RESOLVED = '#2e7d32';
const BROKEN = '#c62828';

/** A link between two objects: solid green when it resolves, dashed red with its reason when not. */
export function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected } =
    props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const edge = data?.edge;
  const broken = edge?.broken ?? false;
  return (
    <>
      <title>{edge?.label}</title>
      <BaseEdge
        path={path}
        interactionWidth={16}
        style={{
          stroke: broken ? BROKEN : RESOLVED,
          strokeWidth: selected ? 3.5 : 2,
          strokeDasharray: broken ? '6 4' : undefined,
        }}
      />
      {broken && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            title={edge?.reason ?? undefined}
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${String(labelX)}px, ${String(labelY)}px)`,
              background: '#ffebee',
              color: BROKEN,
              border: `1px solid ${BROKEN}`,
              borderRadius: 4,
              padding: '0 4px',
              fontSize: 11,
              pointerEvents: 'all',
            }}
          >
            ✗ {t('diagram.broken')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
