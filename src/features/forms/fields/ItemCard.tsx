import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { RemoveButton } from './RemoveButton';

export interface ItemCardProps {
  title: string;
  onRemove?: () => void;
  children: ReactNode;
}

/** One item of a list (a port, an env var, a path) with its remove button. */
export function ItemCard({ title, onRemove, children }: ItemCardProps) {
  const headingId = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 1.5, display: 'grid', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id={headingId} component="h5" variant="body2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {onRemove && <RemoveButton what={title} onRemove={onRemove} />}
      </Box>
      {children}
    </Paper>
  );
}
