import Snackbar from '@mui/material/Snackbar';
import { t } from './i18n';
import { useLoadFailure } from './on-demand';

/** Says that code loaded on first use (a dialog, the ZIP export) could not be fetched. */
export function LoadFailureNotice() {
  const failed = useLoadFailure((state) => state.failed);
  const dismiss = useLoadFailure((state) => state.dismiss);
  return (
    <Snackbar
      open={failed}
      autoHideDuration={8000}
      onClose={dismiss}
      message={t('app.loadFailed')}
      slotProps={{ content: { role: 'alert' } }}
    />
  );
}
