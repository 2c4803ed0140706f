import FactCheckIcon from '@mui/icons-material/FactCheck';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { t } from '../../app/i18n';
import { checkCommands } from '../../core';
import { useManifest } from '../../state/store';
import { groupTitle, stepText } from './check-step-text';
import { CommandLine } from './CommandLine';

const TITLE_ID = 'export-checks-title';

/** The steps for this manifest, computed only while the dialog is open. */
function ChecksList() {
  const profile = useManifest((state) => state.profile);
  const lastValid = useManifest((state) => state.lastValid);
  const parsed = useManifest((state) => state.parsed);
  const graph = useManifest((state) => state.check.graph);
  // While the YAML does not parse, the commands follow the last manifest that did (as the forms do).
  const groups = useMemo(
    () => checkCommands(lastValid, profile, lastValid === parsed ? graph : undefined),
    [lastValid, parsed, graph, profile],
  );

  if (groups.length === 0) return <DialogContentText>{t('export.checks.empty')}</DialogContentText>;
  return (
    <Box component="ol" sx={{ m: 0, pl: 3, display: 'grid', gap: 2 }}>
      {groups.map((group) => (
        <Box component="li" key={group.id}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {groupTitle(group.id)}
          </Typography>
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
            {group.steps.map((step) => (
              <Box component="li" key={step.command}>
                <Typography variant="body2" sx={{ mb: 0.5 }}>
                  {stepText(step)}
                </Typography>
                <CommandLine command={step.command} />
                {step.kind === 'endpoints' && (
                  <Typography variant="body2" sx={{ mt: 0.5 }}>
                    {t('export.checks.endpointsEmpty')}
                  </Typography>
                )}
              </Box>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** "How to check it works": the exact commands for this manifest, each with a Copy button. */
export function ChecksDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<FactCheckIcon />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('export.checks.button')}
      </Button>
      {/* MUI gives focus back to this button when the dialog closes (Escape or Close). */}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={TITLE_ID}
        maxWidth="md"
        fullWidth
        scroll="paper"
      >
        <DialogTitle id={TITLE_ID}>{t('export.checks.title')}</DialogTitle>
        <DialogContent dividers>
          <DialogContentText sx={{ mb: 2 }}>{t('export.checks.intro')}</DialogContentText>
          <ChecksList />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('export.checks.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
