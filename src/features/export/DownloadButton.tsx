import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';
import { DOWNLOAD_FILE_NAME, downloadText } from './download';

/** Saves exactly the text of the YAML pane as one multi-document file. */
export function DownloadButton() {
  return (
    <Button
      variant="contained"
      color="secondary"
      startIcon={<DownloadIcon />}
      onClick={() => downloadText(useManifest.getState().text, DOWNLOAD_FILE_NAME)}
    >
      {t('download.button')}
    </Button>
  );
}
