import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

// One `sx` object per column width, made once: forms render their grids again as lists change.
const GRIDS = new Map<number, object>();

function gridOf(min: number): object {
  let grid = GRIDS.get(min);
  if (!grid) {
    grid = {
      display: 'grid',
      gap: 1.5,
      gridTemplateColumns: `repeat(auto-fill, minmax(${String(min)}px, 1fr))`,
    };
    GRIDS.set(min, grid);
  }
  return grid;
}

/** Lays fields out in columns that wrap on narrow panels. */
export function FieldGrid({ children, min = 180 }: { children: ReactNode; min?: number }) {
  return <Box sx={gridOf(min)}>{children}</Box>;
}
