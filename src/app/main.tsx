import CssBaseline from '@mui/material/CssBaseline';
import ThemeProviderNoVars from '@mui/material/styles/ThemeProviderNoVars';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { carriesManifest } from '../core/share/link-format';
import { savedWorkIsPacked, startPersistence } from '../state/persistence';
import { loadCodec } from '../state/share-codec';
import { App } from './App';
import { providedTheme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render, so the panes open with the link's or the saved text, not the example.
// Only a link or a big saved text (stored packed) needs the DEFLATE code this early; other pages
// load it a moment after they open.
if (carriesManifest(location.hash) || savedWorkIsPacked()) await loadCodec();
startPersistence();

createRoot(root).render(
  <StrictMode>
    <ThemeProviderNoVars theme={providedTheme}>
      <CssBaseline />
      <App />
    </ThemeProviderNoVars>
  </StrictMode>,
);
