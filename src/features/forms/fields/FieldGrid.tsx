import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Lays fields out in columns that wrap on narrow panels. */
export function FieldGrid({ children, min = 180 }: { children: ReactNode; min?: number }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`,
      }}
    >
      {children}
    </Box>
  );
}
