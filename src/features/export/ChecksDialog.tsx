import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { onDemand, prefetchProps, useOnDemand } from '../../app/on-demand';

// The dialog and the commands code: fetched on hover, focus or the first click.
const checksDialog = onDemand(() => import('./ChecksDialogBody'));

/** "How to check it works": the exact commands for this manifest, each with a Copy button. */
export function ChecksDialog() {
  const [open, setOpen] = useState(false);
  const [body, request] = useOnDemand(checksDialog);

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
        variant="outlined"
        color="inherit"
        startIcon={<Icon name="factCheck" />}
        aria-haspopup="dialog"
        onClick={show}
        {...prefetchProps(checksDialog)}
      >
        {t('export.checks.button')}
      </Button>
      {body && <body.ChecksDialogBody open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
