import { t } from './i18n';
import { useLoadFailure } from './on-demand';
import { Notice } from './Notice';

/** Says that code loaded on first use (a dialog, the ZIP export) could not be fetched. */
export function LoadFailureNotice() {
  const failed = useLoadFailure((state) => state.failed);
  const dismiss = useLoadFailure((state) => state.dismiss);
  return (
    <Notice
      message={failed ? t('app.loadFailed') : null}
      onClose={dismiss}
      autoHideMs={8000}
      role="alert"
    />
  );
}
