import './share-alerts.css';
import { Alert, AlertTitle } from '../../app/controls/Alert';
import { Button } from '../../app/controls/Button';
import { t } from '../../app/i18n';
import { MAX_SHARE_TEXT_BYTES } from '../../core/share/link-format';
import { useShare } from '../../state/share-state';
import { useManifest } from '../../state/store';

const MAX_MB = MAX_SHARE_TEXT_BYTES / (1024 * 1024);

/**
 * A link that could not be opened, the work a link replaced (with the way back), and an autosave
 * that failed. Each says what happened in a sentence and can be dismissed; none blocks editing.
 */
export function ShareAlerts() {
  const linkProblem = useShare((state) => state.linkProblem);
  const recoverable = useShare((state) => state.recoverable);
  const autosaveFailed = useShare((state) => state.autosaveFailed);
  // A boolean, so that typing does not render the alerts again.
  const offerRestore = useManifest(
    (state) => recoverable !== null && recoverable.text !== state.text,
  );
  if (!linkProblem && !offerRestore && !autosaveFailed) return null;
  const share = useShare.getState();
  return (
    <div className="kw-share-alerts" data-testid="share-alerts">
      {linkProblem && (
        <Alert severity="error" onClose={share.dismissLinkProblem} closeText={t('share.dismiss')}>
          <AlertTitle>{t('share.problem.title')}</AlertTitle>
          {t(`share.problem.${linkProblem}`, { size: MAX_MB })} {t('share.problem.kept')}
        </Alert>
      )}
      {offerRestore && recoverable && (
        <Alert
          severity="info"
          role="status"
          onClose={share.dismissRecoverable}
          closeText={t('share.restore.dismiss')}
        >
          {t(`share.restore.${recoverable.kind}`)}{' '}
          <Button
            size="small"
            variant="outlined"
            onClick={share.restore}
            className="kw-share-alerts__restore"
          >
            {t(`share.restore.${recoverable.kind}.action`)}
          </Button>
        </Alert>
      )}
      {autosaveFailed && (
        <Alert
          severity="warning"
          onClose={share.dismissAutosaveFailure}
          closeText={t('share.dismiss')}
        >
          {t(`share.autosave.${autosaveFailed}`)}
        </Alert>
      )}
    </div>
  );
}
