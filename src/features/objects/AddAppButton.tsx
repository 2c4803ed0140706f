import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';
import { editFailureMessage } from '../forms/fields/edit-failure';
import { addApp } from './add-app';

/** "Add gRPC server": a Deployment and Service for a second server, routed by gRPC service. */
export function AddAppButton() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('greeter');
  const [grpcService, setGrpcService] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const titleId = useId();
  const disabled = useManifest((state) => state.parsed.syntaxErrors.length > 0);

  const add = () => {
    const { text, setText, parsed } = useManifest.getState();
    const result = addApp(text, { name, grpcService });
    if (!result.ok) {
      setStatus(t('addApp.failed', { reason: editFailureMessage(result.reason) }));
      setOpen(false);
      return;
    }
    const before = parsed.documents.length;
    setText(result.text, 'form');
    // Show the new Deployment's form (the Service comes first, then the Deployment).
    useManifest.getState().select({ doc: before + 1, path: ['metadata', 'name'] });
    setStatus(
      result.routed === null
        ? t('addApp.added', { name: result.name })
        : t('addApp.addedRouted', { name: result.name, service: grpcService.trim() }),
    );
    setOpen(false);
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<AddIcon />}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {t('addApp.button')}
      </Button>
      {status !== null && (
        <Typography variant="body2" role="status" color="text.secondary">
          {status}
        </Typography>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId}>
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
            <Button onClick={() => setOpen(false)}>{t('addApp.cancel')}</Button>
            <Button type="submit" variant="contained">
              {t('addApp.confirm')}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </>
  );
}
