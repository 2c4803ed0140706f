import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { t } from '../../app/i18n';
import { withMuiTheme } from '../../app/mui/with-theme';

/**
 * The link to copy by hand, where the page may not write to the clipboard. Loaded only then:
 * most browsers never need it.
 */
function ShareLinkDialogView({ link, onClose }: { link: string | null; onClose: () => void }) {
  return (
    <Dialog
      open={link !== null}
      onClose={onClose}
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
          value={link ?? ''}
          fullWidth
          multiline
          maxRows={6}
          autoFocus
          onFocus={(event) => event.target.select()}
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('share.manual.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export const ShareLinkDialog = withMuiTheme(ShareLinkDialogView);
