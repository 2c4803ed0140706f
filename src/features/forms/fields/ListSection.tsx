import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { memo, useId, type ReactNode } from 'react';
import { useFormDoc } from '../form-context';
import { useStableCallback } from './use-stable-callback';

export interface ListSectionProps {
  title: string;
  help?: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/**
 * A titled group of repeated items (ports, env vars, paths…) with an add button. When the items
 * change, the heading and the button stay as they are.
 */
export function ListSection({ title, help, addLabel, onAdd, children }: ListSectionProps) {
  const { disabled } = useFormDoc();
  const headingId = useId();
  const add = useStableCallback(onAdd);
  return (
    <Box component="section" aria-labelledby={headingId} sx={SECTION}>
      <Heading id={headingId} title={title} help={help} />
      {children}
      <AddButton label={addLabel} onAdd={add} disabled={disabled} />
    </Box>
  );
}

const SECTION = { display: 'grid', gap: 1 } as const;

const Heading = memo(function Heading({
  id,
  title,
  help,
}: {
  id: string;
  title: string;
  help: string | undefined;
}) {
  return (
    <Box>
      <Typography id={id} component="h4" variant="subtitle2">
        {title}
      </Typography>
      {help !== undefined && (
        <Typography variant="caption" color="text.secondary">
          {help}
        </Typography>
      )}
    </Box>
  );
});

const AddButton = memo(function AddButton({
  label,
  onAdd,
  disabled,
}: {
  label: string;
  onAdd: () => void;
  disabled: boolean;
}) {
  return (
    <Box>
      <Button size="small" startIcon={<AddIcon />} onClick={onAdd} disabled={disabled}>
        {label}
      </Button>
    </Box>
  );
});
