// The page's global rules, which MUI's CssBaseline used to insert through emotion during the
// first render. Imported first, so that every component's stylesheet comes after them.
import './base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { carriesManifest } from '../core/share/link-format';
import { savedWorkIsPacked, startPersistence } from '../state/persistence';
import { loadCodec } from '../state/share-codec';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * Not a top-level await: the first view's modules are one chunk (vite.config.ts) that the
 * DEFLATE code's chunk imports from, and a chunk still waiting at its top level would never
 * finish loading the code it waits for.
 */
async function start(host: HTMLElement): Promise<void> {
  // Before the first render, so the panes open with the link's or the saved text, not the
  // example. Only a link or a big saved text (stored packed) needs the DEFLATE code this early;
  // other pages load it a moment after they open.
  if (carriesManifest(location.hash) || savedWorkIsPacked()) await loadCodec();
  startPersistence();

  createRoot(host).render(
    // No MUI theme here: only code loaded on demand draws MUI components (mui/with-theme.tsx).
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// A failure before the first render is reported as the error it is, not as an unhandled promise.
start(root).catch((error: unknown) => {
  reportError(error);
});
