import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';

/** Where the link diagram goes; until then it says which objects the manifest holds. */
export function DiagramPlaceholder() {
  const documents = useManifest((state) => state.lastValid.documents);
  const objects = documents.filter((doc) => doc.kind !== undefined);
  const list = objects
    .map((doc) => `${doc.kind ?? ''} ${doc.name ?? t('forms.unnamed')}`)
    .join(', ');
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 1, alignContent: 'center', height: '100%' }}>
      <Typography variant="body2" color="text.secondary">
        {t('diagram.placeholder')}
      </Typography>
      <Typography variant="body2">
        {t('diagram.summary', { count: objects.length, list })}
      </Typography>
    </Box>
  );
}
