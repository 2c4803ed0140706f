import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';
import { DOWNLOAD_FILE_NAME, downloadText } from './download';

/** Saves exactly the text of the YAML pane as one multi-document file. */
export function DownloadButton() {
  return (
    <Button
      variant="contained"
      color="secondary"
      startIcon={<Icon name="download" />}
      onClick={() => downloadText(useManifest.getState().text, DOWNLOAD_FILE_NAME)}
    >
      {t('download.button')}
    </Button>
  );
}
