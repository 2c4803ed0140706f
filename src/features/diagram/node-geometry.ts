import { Position, type NodeHandle } from '@xyflow/react';
import {
  handleRows,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  type DiagramHandle,
  type DiagramNode,
} from '../../core/diagram/build';

/**
 * Where an object node draws its parts (ObjectNode.tsx draws them so) and so where its handles
 * are. React Flow is given the handles' boxes with the nodes: without them it draws an edge only
 * once both of its nodes have been measured, in the frame after they appear, so the edge to a
 * placeholder that a keystroke just made (a selector being typed) came a frame late.
 */
export const HEADER = HEADER_HEIGHT;
export const ROW = ROW_HEIGHT;
/** The node's border and the rule above each row, in px. */
export const NODE_BORDER = 2;
export const ROW_RULE = 1;
/** React Flow's handle: 6 px square (its stylesheet), centred on the node's edge. */
const HANDLE = 6;

/** The side of its node a handle sits on: a link comes in on the left and goes out on the right. */
export function sideOf(handle: DiagramHandle): Position {
  return handle.side === 'target' ? Position.Left : Position.Right;
}

/**
 * The box of each handle relative to the node, as React Flow would measure it: a target on the
 * left edge, a source on the right, centred on its row (or on the header). Inside the border,
 * a handle is placed in the padding box, and a row's handle below the row's rule.
 */
export function handleBoxes(node: DiagramNode): NodeHandle[] {
  const box = (handle: DiagramHandle, centreY: number): NodeHandle => {
    const left = handle.side === 'target';
    return {
      id: handle.id,
      type: handle.side,
      position: sideOf(handle),
      x: left ? NODE_BORDER - HANDLE / 2 : node.width - NODE_BORDER - HANDLE / 2,
      y: centreY - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    };
  };
  const boxes = node.handles
    .filter((handle) => handle.header === true)
    .map((handle) => box(handle, NODE_BORDER + HEADER / 2));
  handleRows(node.handles).forEach((row, index) => {
    const centreY = NODE_BORDER + HEADER + ROW * index + ROW_RULE + ROW / 2;
    for (const handle of row) boxes.push(box(handle, centreY));
  });
  return boxes;
}
