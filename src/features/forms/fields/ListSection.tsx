import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useFormDoc } from '../form-context';

export interface ListSectionProps {
  title: string;
  help?: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/** A titled group of repeated items (ports, env vars, paths…) with an add button. */
export function ListSection({ title, help, addLabel, onAdd, children }: ListSectionProps) {
  const { disabled } = useFormDoc();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1 }}>
      <Box>
        <Typography id={headingId} component="h4" variant="subtitle2">
          {title}
        </Typography>
        {help !== undefined && (
          <Typography variant="caption" color="text.secondary">
            {help}
          </Typography>
        )}
      </Box>
      {children}
      <Box>
        <Button size="small" startIcon={<AddIcon />} onClick={onAdd} disabled={disabled}>
          {addLabel}
        </Button>
      </Box>
    </Box>
  );
}
