import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { t } from '../../../app/i18n';
import { useFormDoc } from '../form-context';

export interface ItemCardProps {
  title: string;
  onRemove?: () => void;
  children: ReactNode;
}

/** One item of a list (a port, an env var, a path) with its remove button. */
export function ItemCard({ title, onRemove, children }: ItemCardProps) {
  const { disabled } = useFormDoc();
  const headingId = useId();
  const removeLabel = t('forms.remove', { what: title });
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
        {onRemove && (
          <Tooltip title={removeLabel}>
            <span>
              <IconButton
                size="small"
                aria-label={removeLabel}
                onClick={onRemove}
                disabled={disabled}
              >
                <DeleteOutlinedIcon fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        )}
      </Box>
      {children}
    </Paper>
  );
}
