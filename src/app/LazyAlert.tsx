import CloseIcon from '@mui/icons-material/Close';
import type { AlertProps } from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense } from 'react';
import { t } from './i18n';

/**
 * MUI's Alert (with its icons) is ~2.5 kB gzip that the first view only needs when something is
 * wrong: it is fetched when the browser is first idle after the page opens, or when an alert
 * shows before that. Until it is there, and should it fail to load, the same message (with its
 * action and close button) is shown in a plain outlined box with the same role.
 */
const loadAlert = () => import('@mui/material/Alert').catch(() => ({ default: PlainAlert }));
const MuiAlert = lazy(loadAlert);

// Loaded early, so that an alert rarely swaps from the plain box to MUI's while on screen (a
// screen reader would hear it twice).
// (Safari has no requestIdleCallback; its type says every browser does.)
if (typeof window !== 'undefined') {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadAlert());
  else setTimeout(() => void loadAlert(), 500);
}

export function LazyAlert(props: AlertProps) {
  return (
    <Suspense fallback={<PlainAlert {...props} />}>
      <MuiAlert {...props} />
    </Suspense>
  );
}

function PlainAlert({
  severity = 'success',
  role,
  children,
  action,
  onClose,
  closeText,
  ...rest
}: AlertProps) {
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
      {onClose && (
        <IconButton size="small" aria-label={closeText ?? t('app.close')} onClick={onClose}>
          <CloseIcon fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}
