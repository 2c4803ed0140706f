import { create } from 'zustand';
import { appendSources, combineSources, EXAMPLE_MANIFEST, type IncomingFile } from '../../core';
import { useManifest } from '../../state/store';
import { planImport, type ImportPlan } from './plan';

interface ImportState {
  /** Files waiting for the user's say (replace, add or cancel). */
  pending: ImportPlan | null;
  /** What the last import opened, for the status line. */
  done: { files: number; objects: number } | null;
  offer: (files: readonly IncomingFile[]) => void;
  accept: (mode: 'replace' | 'add') => void;
  cancel: () => void;
  dismiss: () => void;
}

/** Whether the current manifest is something the user made (anything but the untouched example). */
function hasOwnWork(): boolean {
  const text = useManifest.getState().text;
  return text.trim() !== '' && text !== EXAMPLE_MANIFEST;
}

function countObjects(): number {
  return useManifest.getState().parsed.documents.filter((doc) => doc.object !== null).length;
}

/**
 * Opening files never replaces the user's work without asking: when there is work of their own,
 * or a file has a problem, the plan waits in `pending` for their choice.
 */
export const useImport = create<ImportState>()((set, get) => ({
  pending: null,
  done: null,
  offer: (files) => {
    const plan = planImport(files);
    if (plan.accepted.length === 0) {
      set({ pending: plan.lines.length > 0 ? plan : null, done: null });
      return;
    }
    const needsSay = hasOwnWork() || plan.lines.some((line) => line.severity !== 'ok');
    set({ pending: plan, done: null });
    if (!needsSay) get().accept('replace');
  },
  accept: (mode) => {
    const plan = get().pending;
    if (!plan || plan.accepted.length === 0) return;
    const current = useManifest.getState().text;
    const text =
      mode === 'add' ? appendSources(current, plan.accepted) : combineSources(plan.accepted);
    useManifest.getState().setText(text, 'import');
    set({ pending: null, done: { files: plan.accepted.length, objects: countObjects() } });
  },
  cancel: () => set({ pending: null }),
  dismiss: () => set({ done: null }),
}));
