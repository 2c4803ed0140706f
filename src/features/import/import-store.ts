import { create } from 'zustand';
import { appendSources, combineSources, EXAMPLE_MANIFEST, type IncomingFile } from '../../core';
import { useManifest } from '../../state/store';
import { planImport, type ImportPlan } from './plan';

interface ImportState {
  /** Files waiting for the user's say (replace, add or cancel). */
  pending: ImportPlan | null;
  /** What the last import opened, for the status line. */
  done: { files: number; objects: number } | null;
  /** Resolves when the files are open, or wait for the user's say. */
  offer: (files: readonly IncomingFile[]) => Promise<void>;
  /** Resolves when the manifest shows the files. */
  accept: (mode: 'replace' | 'add') => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

/** Counts offers, so that files still being read when others are offered are dropped. */
let offers = 0;

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
  offer: async (files) => {
    const offer = ++offers;
    // Planning reads every file; a big one is read in slices first, so that the page keeps
    // answering (the plan then finds it read). Files offered again, or an edit, come first.
    const texts = files.flatMap((file) => (file.ok ? [file.text] : []));
    const wanted = await useManifest.getState().readAhead(texts);
    if (!wanted || offer !== offers) return;
    const plan = planImport(files);
    if (plan.accepted.length === 0) {
      set({ pending: plan.lines.length > 0 ? plan : null, done: null });
      return;
    }
    const needsSay = hasOwnWork() || plan.lines.some((line) => line.severity !== 'ok');
    set({ pending: plan, done: null });
    if (!needsSay) await get().accept('replace');
  },
  accept: async (mode) => {
    const plan = get().pending;
    if (!plan || plan.accepted.length === 0) return;
    const current = useManifest.getState().text;
    const text =
      mode === 'add' ? appendSources(current, plan.accepted) : combineSources(plan.accepted);
    set({ pending: null });
    await useManifest.getState().openText(text, 'import');
    if (useManifest.getState().text !== text) return;
    set({ done: { files: plan.accepted.length, objects: countObjects() } });
  },
  cancel: () => set({ pending: null }),
  dismiss: () => set({ done: null }),
}));
