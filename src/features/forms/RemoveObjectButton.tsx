import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { t } from '../../app/i18n';
import { dependentsOf, formatPath, type Reference } from '../../core';
import { useManifest } from '../../state/store';

/**
 * Removes one object (its whole document) after a confirmation that names what would break:
 * the references to it that would no longer resolve. Undo brings it back.
 */
export function RemoveObjectButton({
  doc,
  title,
  disabled,
}: {
  doc: number;
  title: string;
  disabled: boolean;
}) {
  const [dependents, setDependents] = useState<readonly Reference[] | null>(null);
  const titleId = useId();
  const close = () => setDependents(null);
  const remove = () => {
    useManifest.getState().apply([{ type: 'removeDocument', doc }], 'form');
    close();
  };
  return (
    <>
      <Button
        size="small"
        color="error"
        startIcon={<DeleteOutlinedIcon />}
        disabled={disabled}
        onClick={() => setDependents(dependentsOf(useManifest.getState().parsed, doc))}
      >
        {t('object.remove', { object: title })}
      </Button>
      <Dialog open={dependents !== null} onClose={close} aria-labelledby={titleId}>
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
          <Button onClick={close}>{t('object.remove.cancel')}</Button>
          <Button color="error" variant="contained" onClick={remove}>
            {t('object.remove.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
