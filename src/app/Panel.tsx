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
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        minWidth: 0,
        borderRight: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.100' }}>
        <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
      </Box>
      <Box
        id={id}
        sx={{ flex: 1, minHeight: 0, overflow: scroll ? 'auto' : 'hidden', position: 'relative' }}
      >
        {children}
      </Box>
    </Box>
  );
}
