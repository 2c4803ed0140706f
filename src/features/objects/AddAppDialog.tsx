import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';
import { editFailureMessage } from '../forms/fields/edit-failure';
import { addApp } from './add-app';
import { withMuiTheme } from '../../app/mui/with-theme';

export interface AddAppDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with the sentence that says what was added, or why nothing was. */
  onDone: (status: string) => void;
}

/**
 * The form of "Add gRPC server", loaded on first use with the code that writes the new objects.
 * It stays mounted once loaded, so what was typed is still there when it opens again.
 */
function AddAppDialogView({ open, onClose, onDone }: AddAppDialogProps) {
  const [name, setName] = useState('greeter');
  const [grpcService, setGrpcService] = useState('');
  const titleId = useId();

  const add = () => {
    const { text, setText, parsed } = useManifest.getState();
    const result = addApp(text, { name, grpcService });
    if (!result.ok) {
      onDone(t('addApp.failed', { reason: editFailureMessage(result.reason) }));
      onClose();
      return;
    }
    const before = parsed.documents.length;
    setText(result.text, 'form');
    // Show the new Deployment's form (the Service comes first, then the Deployment).
    useManifest.getState().select({ doc: before + 1, path: ['metadata', 'name'] });
    onDone(
      result.routed === null
        ? t('addApp.added', { name: result.name })
        : t('addApp.addedRouted', { name: result.name, service: grpcService.trim() }),
    );
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId}>
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <DialogTitle id={titleId}>{t('addApp.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('addApp.intro')}</DialogContentText>
          <TextField
            autoFocus
            label={t('addApp.name')}
            helperText={t('addApp.name.help')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            size="small"
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
          <TextField
            label={t('addApp.grpcService')}
            helperText={t('addApp.grpcService.help')}
            placeholder="helloworld.Greeter"
            value={grpcService}
            onChange={(event) => setGrpcService(event.target.value)}
            size="small"
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('addApp.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('addApp.confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

export const AddAppDialog = withMuiTheme(AddAppDialogView);
