import Snackbar from '@mui/material/Snackbar';
import { t } from '../../app/i18n';
import { useImport } from './import-store';

/** Says what an import opened; announced politely to screen readers. */
export function ImportStatus() {
  const done = useImport((state) => state.done);
  const dismiss = useImport((state) => state.dismiss);
  return (
    <Snackbar
      open={done !== null}
      autoHideDuration={5000}
      onClose={dismiss}
      message={done ? t('import.done', { files: done.files, objects: done.objects }) : ''}
      slotProps={{ content: { role: 'status' } }}
    />
  );
}
