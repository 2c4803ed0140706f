import '../forms/fields/form-layout.css';
import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { onDemand, prefetchProps, useOnDemand } from '../../app/on-demand';
import { useManifest } from '../../state/store';

// The dialog and the code that writes the objects: fetched on hover, focus or the first click.
const addAppDialog = onDemand(() => import('./AddAppDialog'));

/** "Add gRPC server": a Deployment and Service for a second server, routed by gRPC service. */
export function AddAppButton() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [dialog, request] = useOnDemand(addAppDialog);
  const disabled = useManifest((state) => state.parsed.syntaxErrors.length > 0);

  const show = () => {
    setOpen(true);
    // If the dialog cannot be loaded, the app says so; it must not pop up on a later load.
    void request().then((loaded) => {
      if (loaded === null) setOpen(false);
    });
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<Icon name="add" />}
        disabled={disabled}
        onClick={show}
        {...prefetchProps(addAppDialog)}
      >
        {t('addApp.button')}
      </Button>
      {status !== null && (
        <p className="kw-note" role="status">
          {status}
        </p>
      )}
      {dialog && (
        <dialog.AddAppDialog open={open} onClose={() => setOpen(false)} onDone={setStatus} />
      )}
    </>
  );
}
