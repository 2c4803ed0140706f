import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo, useId, type ReactNode } from 'react';
import { RemoveButton } from './RemoveButton';
import { useStableCallback } from './use-stable-callback';

export interface ItemCardProps {
  title: string;
  onRemove?: () => void;
  children: ReactNode;
}

/**
 * One item of a list (a port, an env var, a path) with its remove button. The header renders
 * again only when the title changes, not whenever the list does.
 */
export function ItemCard({ title, onRemove, children }: ItemCardProps) {
  const headingId = useId();
  const remove = useStableCallback(() => onRemove?.());
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={CARD}>
      <Header id={headingId} title={title} onRemove={onRemove ? remove : undefined} />
      {children}
    </Paper>
  );
}

const CARD = { p: 1.5, display: 'grid', gap: 1.5 } as const;
const HEADER = { display: 'flex', alignItems: 'center', justifyContent: 'space-between' } as const;
const TITLE = { fontWeight: 600 } as const;

const Header = memo(function Header({
  id,
  title,
  onRemove,
}: {
  id: string;
  title: string;
  onRemove: (() => void) | undefined;
}) {
  return (
    <Box sx={HEADER}>
      <Typography id={id} component="h5" variant="body2" sx={TITLE}>
        {title}
      </Typography>
      {onRemove && <RemoveButton what={title} onRemove={onRemove} />}
    </Box>
  );
});
