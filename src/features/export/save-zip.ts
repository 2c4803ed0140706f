import { t } from '../../app/i18n';
import { EXPORT_ZIP_FILE_NAME, exportZip } from '../../core/export/zip';
import { useManifest } from '../../state/store';
import { downloadBytes } from './download';

/**
 * Saves the manifest as a ZIP and returns the sentence that says what was saved. Loaded on
 * first use, with the split, kustomization and okteto code, imported from their own modules
 * rather than the core's index. (fflate itself is in the first download anyway: share links
 * are compressed with it.)
 */
export function saveZip(): string {
  const { text, parsed, check, profile } = useManifest.getState();
  // The store's link graph is the graph of this very text: no need to resolve it again.
  downloadBytes(exportZip(text, profile, check.graph), EXPORT_ZIP_FILE_NAME, 'application/zip');
  return parsed.syntaxErrors.length > 0
    ? t('export.zip.syntaxErrors')
    : t('export.zip.done', { file: EXPORT_ZIP_FILE_NAME });
}
