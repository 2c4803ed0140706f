import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { DiagramPanel } from '../features/diagram/DiagramPanel';
import { ChecksDialog } from '../features/export/ChecksDialog';
import { DownloadButton } from '../features/export/DownloadButton';
import { ZipButton } from '../features/export/ZipButton';
import { HistoryButtons } from '../features/history/HistoryButtons';
import { useHistoryKeys } from '../features/history/use-history-keys';
import { DropZone } from '../features/import/DropZone';
import { ImportDialog } from '../features/import/ImportDialog';
import { ImportStatus } from '../features/import/ImportStatus';
import { OpenFilesButton } from '../features/import/OpenFilesButton';
import { FormsPanel } from '../features/forms/FormsPanel';
import { ProfileSelect } from '../features/profiles/ProfileSelect';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { ShareAlerts } from '../features/share/ShareAlerts';
import { ShareButton } from '../features/share/ShareButton';
import { YamlPanel } from '../features/yaml-editor/YamlPanel';
import { t } from './i18n';
import { LoadFailureNotice } from './LoadFailureNotice';
import { Panel } from './Panel';

/** The shell: forms on the left; the diagram and the YAML pane on the right. */
export function App() {
  useHistoryKeys();
  return (
    <DropZone>
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <AppBar position="static" elevation={0}>
          <Toolbar
            variant="dense"
            sx={{
              gap: 1,
              flexWrap: 'wrap',
              py: 0.75,
              // One row at 1366 px: compact buttons whose labels never break.
              '& .MuiButton-root': {
                whiteSpace: 'nowrap',
                flexShrink: 0,
                py: 0.25,
                px: 1.25,
                fontSize: '0.8125rem',
              },
            }}
          >
            <Box sx={{ flexShrink: 0, mr: 'auto' }}>
              <Typography component="h1" variant="h6" sx={{ lineHeight: 1.2 }}>
                {t('app.title')}
              </Typography>
              <Typography
                variant="caption"
                sx={{ opacity: 0.85, display: { xs: 'none', xl: 'block' } }}
              >
                {t('app.tagline')}
              </Typography>
            </Box>
            <ProfileSelect />
            <HistoryButtons />
            <ShareButton />
            <OpenFilesButton />
            <DownloadButton />
            <ZipButton />
            <ChecksDialog />
          </Toolbar>
        </AppBar>
        <ShareAlerts />
        <Box
          component="main"
          sx={{
            flex: 1,
            minHeight: 0,
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'minmax(400px, 44%) 1fr' },
            gridTemplateRows: { xs: 'auto', md: '1fr' },
            overflow: { xs: 'auto', md: 'hidden' },
          }}
        >
          <Box
            sx={{
              display: 'grid',
              gridTemplateRows: { xs: 'auto 320px', md: '64% 36%' },
              minHeight: 0,
              minWidth: 0,
            }}
          >
            <Panel id="forms" title={t('panel.forms')}>
              <FormsPanel />
            </Panel>
            <Panel id="problems" title={t('problems.title')}>
              <ProblemsPanel />
            </Panel>
          </Box>
          <Box
            sx={{
              display: 'grid',
              gridTemplateRows: { xs: '360px 70vh', md: '45% 55%' },
              minHeight: 0,
              minWidth: 0,
            }}
          >
            <Panel id="diagram" title={t('panel.diagram')} scroll={false}>
              <DiagramPanel />
            </Panel>
            <Panel id="yaml" title={t('panel.yaml')} scroll={false}>
              <YamlPanel />
            </Panel>
          </Box>
        </Box>
      </Box>
      <ImportDialog />
      <ImportStatus />
      <LoadFailureNotice />
    </DropZone>
  );
}
