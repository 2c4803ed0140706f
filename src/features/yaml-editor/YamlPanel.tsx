import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import FormatAlignLeftIcon from '@mui/icons-material/FormatAlignLeft';
import { lazy, Suspense, useState } from 'react';
import { t, type MessageKey } from '../../app/i18n';
import { formatYaml } from '../../core';
import { useManifest } from '../../state/store';

// Monaco is large: it is its own chunk, loaded after the forms are usable.
const YamlPane = lazy(() => import('./YamlPane'));

/** What the last Format did, shown until the text changes again. */
interface FormatNotice {
  key: MessageKey;
  text: string;
}

/**
 * Formats the manifest through the store, like a form edit: the YAML pane applies it to its
 * model as the one span that changed, so Undo in the pane takes it back.
 */
function formatManifest(): MessageKey {
  const { text, setText } = useManifest.getState();
  const result = formatYaml(text);
  if (!result.ok) {
    return result.reason === 'syntax-error' ? 'yaml.format.syntaxError' : 'yaml.format.refused';
  }
  if (result.text === text) return 'yaml.format.unchanged';
  setText(result.text, 'form');
  return 'yaml.format.done';
}

/** The YAML pane with a text status line, so syntax errors are announced, not only drawn. */
export function YamlPanel() {
  const firstError = useManifest((state) => state.parsed.syntaxErrors[0]);
  const [notice, setNotice] = useState<FormatNotice | null>(null);
  // The notice holds until the text changes; a boolean, so typing does not render the panel.
  const noticeCurrent = useManifest((state) => notice?.text === state.text);
  const shownNotice = noticeCurrent ? notice?.key : undefined;

  const format = () => {
    const key = formatManifest();
    setNotice({ key, text: useManifest.getState().text });
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box
        sx={{
          display: 'flex',
          justifyContent: 'flex-end',
          px: 1,
          py: 0.25,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Button
          size="small"
          startIcon={<FormatAlignLeftIcon fontSize="small" />}
          aria-label={t('yaml.format.label')}
          onClick={format}
        >
          {t('yaml.format.button')}
        </Button>
      </Box>
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
        {shownNotice && (
          <Typography
            variant="body2"
            sx={{ color: firstError ? 'error.contrastText' : 'text.primary' }}
          >
            {t(shownNotice)}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
