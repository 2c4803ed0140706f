import './shell.css';
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

/**
 * The shell: forms on the left; the diagram and the YAML pane on the right. Plain elements and
 * static CSS (shell.css), as MUI's AppBar, Toolbar and Box drew it.
 */
export function App() {
  useHistoryKeys();
  return (
    <DropZone>
      <div className="kw-app">
        <header className="kw-app-bar">
          <div className="kw-app-bar__toolbar">
            <div className="kw-app-bar__brand">
              <h1 className="kw-app-bar__title">{t('app.title')}</h1>
              <span className="kw-app-bar__tagline">{t('app.tagline')}</span>
            </div>
            <ProfileSelect />
            <HistoryButtons />
            <ShareButton />
            <OpenFilesButton />
            <DownloadButton />
            <ZipButton />
            <ChecksDialog />
          </div>
        </header>
        <ShareAlerts />
        <main className="kw-app__panels">
          <div className="kw-app__column kw-app__column--forms">
            <Panel id="forms" title={t('panel.forms')}>
              <FormsPanel />
            </Panel>
            <Panel id="problems" title={t('problems.title')}>
              <ProblemsPanel />
            </Panel>
          </div>
          <div className="kw-app__column kw-app__column--views">
            <Panel id="diagram" title={t('panel.diagram')} scroll={false}>
              <DiagramPanel />
            </Panel>
            <Panel id="yaml" title={t('panel.yaml')} scroll={false}>
              <YamlPanel />
            </Panel>
          </div>
        </main>
      </div>
      <ImportDialog />
      <ImportStatus />
      <LoadFailureNotice />
    </DropZone>
  );
}
