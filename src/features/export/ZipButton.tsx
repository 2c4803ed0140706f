import FolderZipIcon from '@mui/icons-material/FolderZip';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { EXPORT_ZIP_FILE_NAME, exportZip } from '../../core';
import { useManifest } from '../../state/store';
import { downloadBytes } from './download';

/**
 * Saves the manifest as a folder for a repository: one file per app, a kustomization.yaml and,
 * for Okteto, an okteto.yaml. The same manifest always gives the same bytes.
 */
export function ZipButton() {
  const [status, setStatus] = useState<string | null>(null);

  const save = () => {
    const { text, parsed, check, profile } = useManifest.getState();
    // The store's link graph is the graph of this very text: no need to resolve it again.
    downloadBytes(exportZip(text, profile, check.graph), EXPORT_ZIP_FILE_NAME, 'application/zip');
    setStatus(
      parsed.syntaxErrors.length > 0
        ? t('export.zip.syntaxErrors')
        : t('export.zip.done', { file: EXPORT_ZIP_FILE_NAME }),
    );
  };

  return (
    <>
      {/* describeChild: the tooltip describes the button; its name stays "Download ZIP". */}
      <Tooltip title={t('export.zip.title')} describeChild>
        <Button variant="outlined" color="inherit" startIcon={<FolderZipIcon />} onClick={save}>
          {t('export.zip.button')}
        </Button>
      </Tooltip>
      <Snackbar
        open={status !== null}
        autoHideDuration={5000}
        onClose={() => setStatus(null)}
        message={status ?? ''}
        slotProps={{ content: { role: 'status' } }}
      />
    </>
  );
}
