import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';

// Monaco is large: it is its own chunk, loaded after the forms are usable.
const YamlPane = lazy(() => import('./YamlPane'));

/** The YAML pane with a text status line, so syntax errors are announced, not only drawn. */
export function YamlPanel() {
  const firstError = useManifest((state) => state.parsed.syntaxErrors[0]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ position: 'relative', flex: 1, minHeight: 0 }}>
        <Suspense
          fallback={
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', p: 2 }}>
              <CircularProgress size={16} aria-hidden />
              <Typography variant="body2">{t('yaml.loading')}</Typography>
            </Box>
          }
        >
          <YamlPane />
        </Suspense>
      </Box>
      <Box
        role="status"
        aria-live="polite"
        sx={{
          px: 1.5,
          py: 0.5,
          minHeight: 28,
          borderTop: 1,
          borderColor: 'divider',
          bgcolor: firstError ? 'error.light' : 'transparent',
        }}
      >
        {firstError && (
          <Typography variant="body2" sx={{ color: 'error.contrastText' }}>
            {t('yaml.syntaxError', {
              line: firstError.start.line,
              column: firstError.start.column,
              message: firstError.message,
            })}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
