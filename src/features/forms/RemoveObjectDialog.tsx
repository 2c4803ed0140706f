import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { t } from '../../app/i18n';
import type { Reference } from '../../core';
import { formatPath } from '../../core/schema/validate';
import { withMuiTheme } from '../../app/mui/with-theme';

// Loaded with the dialog, from its own module: the core's index would pull it into the first view.
export { dependentsOf } from '../../core/refactor/dependents';

export interface RemoveObjectDialogProps {
  title: string;
  /** The references that would break; null while the dialog is closed. */
  dependents: readonly Reference[] | null;
  onCancel: () => void;
  onConfirm: () => void;
}

/** The confirmation of "Remove …", loaded on the first click of any such button. */
function RemoveObjectDialogView({
  title,
  dependents,
  onCancel,
  onConfirm,
}: RemoveObjectDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={dependents !== null} onClose={onCancel} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('object.remove.title', { object: title })}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {dependents?.length
            ? t('object.remove.breaks', { count: dependents.length })
            : t('object.remove.safe')}
        </DialogContentText>
        {dependents && dependents.length > 0 && (
          <ul>
            {dependents.map((reference) => (
              <li key={`${String(reference.doc)}:${formatPath(reference.path)}`}>
                {t('object.reference', {
                  object: `${reference.kind} ${reference.name ?? t('forms.unnamed')}`,
                  path: formatPath(reference.path),
                  value: reference.value,
                })}
              </li>
            ))}
          </ul>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('object.remove.cancel')}</Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          {t('object.remove.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export const RemoveObjectDialog = withMuiTheme(RemoveObjectDialogView);
