import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { t } from '../../app/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** One command in a code block, with a button that copies it exactly. */
export function CommandLine({ command }: { command: string }) {
  const [state, setState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      // Missing where the page is not a secure context; rejected where the user or policy said no.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(command);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Box
        component="pre"
        sx={{
          m: 0,
          px: 1.5,
          py: 1,
          flex: '1 1 24rem',
          minWidth: 0,
          overflowX: 'auto',
          bgcolor: 'grey.100',
          borderRadius: 1,
          fontSize: '0.875rem',
        }}
      >
        <code>{command}</code>
      </Box>
      <Button
        size="small"
        variant="outlined"
        startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
        aria-label={t('export.checks.copyCommand', { command })}
        onClick={() => void copy()}
      >
        {t('export.checks.copy')}
      </Button>
      <Typography
        component="span"
        role="status"
        variant="body2"
        color={state === 'failed' ? 'error' : 'success.main'}
        // Room for "Copied" from the start, so the command does not move when it appears.
        sx={{ minWidth: '4.5rem' }}
      >
        {state === 'copied' && t('export.checks.copied')}
        {state === 'failed' && t('export.checks.copyFailed')}
      </Typography>
    </Box>
  );
}
