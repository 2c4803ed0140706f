import './form-layout.css';
import type { CSSProperties, ReactNode } from 'react';

// One style object per column width, made once: forms render their grids again as lists change.
const GRIDS = new Map<number, CSSProperties>();

function gridOf(min: number): CSSProperties {
  let grid = GRIDS.get(min);
  if (!grid) {
    grid = { '--kw-grid-min': `${String(min)}px` } as CSSProperties;
    GRIDS.set(min, grid);
  }
  return grid;
}

/** Lays fields out in columns that wrap on narrow panels. */
export function FieldGrid({ children, min = 180 }: { children: ReactNode; min?: number }) {
  return (
    <div className="kw-field-grid" style={gridOf(min)}>
      {children}
    </div>
  );
}
