import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A titled region of the screen that scrolls on its own. */
export function Panel({
  id,
  title,
  children,
  scroll = true,
}: {
  id: string;
  title: string;
  children: ReactNode;
  scroll?: boolean;
}) {
  const headingId = `${id}-heading`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={SECTION}>
      <Box sx={HEADER}>
        <Typography id={headingId} component="h2" variant="subtitle1" sx={TITLE}>
          {title}
        </Typography>
      </Box>
      <Box id={id} sx={scroll ? SCROLLING : CLIPPED}>
        {children}
      </Box>
    </Box>
  );
}

// Module constants, so that MUI sees the same `sx` when a panel renders again.
const SECTION = {
  display: 'flex',
  flexDirection: 'column',
  minHeight: 0,
  minWidth: 0,
  borderRight: 1,
  borderBottom: 1,
  borderColor: 'divider',
} as const;
const HEADER = { px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.100' };
const TITLE = { fontWeight: 600 } as const;
const BODY = { flex: 1, minHeight: 0, position: 'relative' } as const;
const SCROLLING = { ...BODY, overflow: 'auto' } as const;
const CLIPPED = { ...BODY, overflow: 'hidden' } as const;
