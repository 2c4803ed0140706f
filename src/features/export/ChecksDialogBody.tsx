import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { t } from '../../app/i18n';
import { checkCommands } from '../../core/export/commands';
import { useManifest } from '../../state/store';
import { groupTitle, stepText } from './check-step-text';
import { CommandLine } from './CommandLine';
import { withMuiTheme } from '../../app/mui/with-theme';

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

/**
 * The dialog of "How to check it works", loaded on first use with the commands code. MUI gives
 * the focus back to the button that opened it when it closes (Escape or Close).
 */
function ChecksDialogBodyView({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
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
        <Button onClick={onClose}>{t('export.checks.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export const ChecksDialogBody = withMuiTheme(ChecksDialogBodyView);
