import type { AlertProps } from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { lazy, Suspense } from 'react';

/**
 * MUI's Alert (with its icons) is ~2.5 kB gzip that the first view only needs when something is
 * wrong: it loads the first time an alert shows. Until it is there, and should it fail to load,
 * the same message is shown in a plain outlined box with the same role, so it is never missing.
 */
const MuiAlert = lazy(() => import('@mui/material/Alert').catch(() => ({ default: PlainAlert })));

export function LazyAlert(props: AlertProps) {
  return (
    <Suspense fallback={<PlainAlert {...props} />}>
      <MuiAlert {...props} />
    </Suspense>
  );
}

function PlainAlert({ severity = 'success', role, children, action, ...rest }: AlertProps) {
  return (
    <Box
      role={role ?? 'alert'}
      aria-label={rest['aria-label']}
      sx={{
        display: 'flex',
        gap: 1,
        alignItems: 'center',
        px: 2,
        py: 0.75,
        border: 1,
        borderRadius: 1,
        borderColor: `${severity}.main`,
      }}
    >
      <Box sx={{ flexGrow: 1 }}>{children}</Box>
      {action}
    </Box>
  );
}
