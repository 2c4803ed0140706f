import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useState } from 'react';
import { Hint } from '../../app/Hint';
import { t } from '../../app/i18n';
import { onDemand, prefetchProps } from '../../app/on-demand';
import { Notice } from '../../app/Notice';

// The export code (split, kustomization, okteto, zip): fetched on hover, focus or first click.
const zipCode = onDemand(() => import('./save-zip'));

/**
 * Saves the manifest as a folder for a repository: one file per app, a kustomization.yaml and,
 * for Okteto, an okteto.yaml. The same manifest always gives the same bytes.
 */
export function ZipButton() {
  const [status, setStatus] = useState<string | null>(null);

  const save = async () => {
    const code = await zipCode.load();
    if (code) setStatus(code.saveZip());
  };

  return (
    <>
      {/* Described by the hint: the button's name stays "Download ZIP". */}
      <Hint title={t('export.zip.title')} describe>
        {(describedBy) => (
          <Button
            variant="outlined"
            color="inherit"
            startIcon={<Icon name="folderZip" />}
            aria-describedby={describedBy}
            onClick={() => void save()}
            {...prefetchProps(zipCode)}
          >
            {t('export.zip.button')}
          </Button>
        )}
      </Hint>
      <Notice message={status} onClose={() => setStatus(null)} autoHideMs={5000} />
    </>
  );
}
