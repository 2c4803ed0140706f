import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';

// React Flow is its own chunk, like Monaco: the forms are usable before it arrives.
const Diagram = lazy(() => import('./Diagram'));

const CHAIN_KINDS = new Set(['Ingress', 'GRPCRoute', 'Gateway', 'Service', 'Deployment']);

export function DiagramPanel() {
  const hasChain = useManifest((state) =>
    state.lastValid.documents.some((doc) => CHAIN_KINDS.has(doc.kind ?? '')),
  );
  if (!hasChain) {
    return (
      <Typography variant="body2" color="textSecondary" sx={{ p: 2 }}>
        {t('diagram.empty')}
      </Typography>
    );
  }
  return (
    <Box sx={{ position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ flex: 1, minHeight: 0 }} data-testid="diagram">
        <Suspense fallback={<Typography sx={{ p: 2 }}>{t('diagram.loading')}</Typography>}>
          <Diagram />
        </Suspense>
      </Box>
      <Typography
        variant="caption"
        color="textSecondary"
        sx={{ px: 1.5, py: 0.25, borderTop: 1, borderColor: 'divider' }}
      >
        {t('diagram.legend')}
      </Typography>
    </Box>
  );
}
