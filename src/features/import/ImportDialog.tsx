import { useEffect } from 'react';
import { onDemand, useOnDemand } from '../../app/on-demand';
import { useImport } from './import-store';

// The dialog's code: fetched when files are first opened, dropped or pasted.
const importDialog = onDemand(() => import('./ImportDialogBody'));

/** The question about opened files, once there are files waiting for the user's say. */
export function ImportDialog() {
  const waiting = useImport((state) => state.pending !== null);
  const [body, request] = useOnDemand(importDialog);

  useEffect(() => {
    if (!waiting || body) return;
    // Without the dialog the files cannot be answered for: drop them (the app says why).
    void request().then((loaded) => {
      if (loaded === null) useImport.getState().cancel();
    });
  }, [waiting, body, request]);

  return body ? <body.ImportDialogBody /> : null;
}
