import './diagram-panel.css';
import { lazy, Suspense } from 'react';
import { t } from '../../app/i18n';
import { useManifest } from '../../state/store';

// React Flow is its own chunk, like Monaco: the forms are usable before it arrives.
const Diagram = lazy(() => import('./Diagram'));

const CHAIN_KINDS = new Set(['Ingress', 'GRPCRoute', 'Gateway', 'Service', 'Deployment']);

/** The diagram with its legend, in plain elements and static CSS (diagram-panel.css). */
export function DiagramPanel() {
  const hasChain = useManifest((state) =>
    state.lastValid.documents.some((doc) => CHAIN_KINDS.has(doc.kind ?? '')),
  );
  if (!hasChain) {
    return <p className="kw-diagram-panel__empty">{t('diagram.empty')}</p>;
  }
  return (
    <div className="kw-diagram-panel">
      <div className="kw-diagram-panel__view" data-testid="diagram">
        <Suspense fallback={<p className="kw-diagram-panel__loading">{t('diagram.loading')}</p>}>
          <Diagram />
        </Suspense>
      </div>
      <span className="kw-diagram-panel__legend">{t('diagram.legend')}</span>
    </div>
  );
}
