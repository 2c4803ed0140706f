import LinkIcon from '@mui/icons-material/Link';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { MAX_SHARE_TEXT_BYTES } from '../../core/share';
import { currentShareLink, flushPersistence } from '../../state/persistence';

const MAX_MB = MAX_SHARE_TEXT_BYTES / (1024 * 1024);

/** Copies the link that opens the current manifest; where copying is not allowed, shows it. */
export function ShareButton() {
  const [status, setStatus] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);

  const share = async () => {
    // The link is made from the text now, not from the address bar, which follows edits a beat late.
    const link = currentShareLink();
    flushPersistence();
    if (link === null) {
      setStatus(t('share.tooLarge', { size: MAX_MB }));
      return;
    }
    try {
      // Missing where the page is not a secure context; rejected where the user or policy said no.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(link);
      setStatus(t('share.copied'));
    } catch {
      setManualLink(link);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<LinkIcon />}
        onClick={() => void share()}
      >
        {t('share.button')}
      </Button>
      <Snackbar
        open={status !== null}
        autoHideDuration={5000}
        onClose={() => setStatus(null)}
        message={status ?? ''}
        slotProps={{ content: { role: 'status' } }}
      />
      <Dialog
        open={manualLink !== null}
        onClose={() => setManualLink(null)}
        aria-labelledby="share-manual-title"
        aria-describedby="share-manual-help"
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id="share-manual-title">{t('share.manual.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="share-manual-help" sx={{ mb: 2 }}>
            {t('share.manual.help')}
          </DialogContentText>
          <TextField
            label={t('share.manual.label')}
            value={manualLink ?? ''}
            fullWidth
            multiline
            maxRows={6}
            autoFocus
            onFocus={(event) => event.target.select()}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setManualLink(null)}>{t('share.manual.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
