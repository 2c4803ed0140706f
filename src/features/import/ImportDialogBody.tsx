import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { t } from '../../app/i18n';
import { useImport } from './import-store';
import { withMuiTheme } from '../../app/mui/with-theme';

const SEVERITY = { ok: 'success', warning: 'warning', refused: 'error' } as const;

/**
 * Asks what to do with opened files, and says file by file what they hold or why they were
 * refused. Loaded when files are first opened.
 */
function ImportDialogBodyView() {
  const pending = useImport((state) => state.pending);
  const accept = useImport((state) => state.accept);
  const cancel = useImport((state) => state.cancel);
  if (!pending) return null;
  const canOpen = pending.accepted.length > 0;
  return (
    <Dialog open onClose={cancel} aria-labelledby="import-title" maxWidth="sm" fullWidth>
      <DialogTitle id="import-title">
        {t('import.title', { count: pending.lines.length })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          <Typography variant="body2">
            {canOpen ? t('import.intro') : t('import.nothing')}
          </Typography>
          {pending.lines.map((line, index) => (
            <Alert key={index} severity={SEVERITY[line.severity]} variant="outlined">
              {line.text}
            </Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={cancel}>{t('import.cancel')}</Button>
        {canOpen && <Button onClick={() => void accept('add')}>{t('import.add')}</Button>}
        {canOpen && (
          <Button variant="contained" onClick={() => void accept('replace')} autoFocus>
            {t('import.replace')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

export const ImportDialogBody = withMuiTheme(ImportDialogBodyView);
