import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { t } from '../../../app/i18n';
import { useFormDoc } from '../form-context';

/** An icon button that removes `what`; its accessible name says what it removes. */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  const { disabled } = useFormDoc();
  const label = t('forms.remove', { what });
  return (
    <Tooltip title={label}>
      {/* The span lets the tooltip work while the button is disabled. */}
      <span>
        <IconButton size="small" aria-label={label} onClick={onRemove} disabled={disabled}>
          <DeleteOutlinedIcon fontSize="small" />
        </IconButton>
      </span>
    </Tooltip>
  );
}
