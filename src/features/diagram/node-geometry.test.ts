import { describe, expect, it } from 'vitest';
import type { DiagramHandle, DiagramNode } from '../../core/diagram/build';
import type { Path } from '../../core/yaml/edit';
import { handleBoxes } from './node-geometry';

const handle = (id: string, side: DiagramHandle['side'], path: Path, header = false) => ({
  id,
  side,
  label: id,
  path,
  ...(header ? { header } : {}),
});

/** A Service as the diagram draws it: a header handle, then two port rows (in and out each). */
const service: DiagramNode = {
  id: 'object-1',
  doc: 1,
  kind: 'Service',
  name: 'server',
  column: 1,
  x: 0,
  y: 0,
  width: 290,
  height: 136,
  handles: [
    handle('in', 'target', [], true),
    handle('in:0', 'target', ['spec', 'ports', 0]),
    handle('out:0', 'source', ['spec', 'ports', 0]),
    handle('in:1', 'target', ['spec', 'ports', 1]),
    handle('out:1', 'source', ['spec', 'ports', 1]),
  ],
  notes: [],
};

describe('handleBoxes', () => {
  it('places each handle as Chromium measured ObjectNode drawing it (6 px, on the sides)', () => {
    // Measured in the page: the header handle's box at y 25, the rows' at 66 and 94; a target's
    // box at x -1, a source's at 285 on a node 290 wide.
    expect(
      handleBoxes(service).map(({ id, type, position, x, y, width, height }) => ({
        id,
        type,
        position,
        x,
        y,
        width,
        height,
      })),
    ).toEqual([
      { id: 'in', type: 'target', position: 'left', x: -1, y: 25, width: 6, height: 6 },
      { id: 'in:0', type: 'target', position: 'left', x: -1, y: 66, width: 6, height: 6 },
      { id: 'out:0', type: 'source', position: 'right', x: 285, y: 66, width: 6, height: 6 },
      { id: 'in:1', type: 'target', position: 'left', x: -1, y: 94, width: 6, height: 6 },
      { id: 'out:1', type: 'source', position: 'right', x: 285, y: 94, width: 6, height: 6 },
    ]);
  });
});
