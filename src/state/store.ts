import { create } from 'zustand';
import {
  applyEdits,
  checkManifest,
  diagnosticsByField,
  EXAMPLE_MANIFEST,
  locate,
  parseManifest,
  type CheckResult,
  type Diagnostic,
  type EditCommand,
  type EditResult,
  type ParsedManifest,
  type Path,
} from '../core';
import {
  canRedo,
  canUndo,
  EMPTY_HISTORY,
  groupKeyOf,
  record,
  redo,
  undo,
  type History,
  type Move,
} from './history';

/**
 * Where an edit came from, so that no pane is rewritten under the cursor of its own typist, and
 * so undo knows what makes one step. `history` is undo/redo itself: every pane applies it.
 */
export type EditOrigin =
  'init' | 'form' | 'yaml' | 'diagram' | 'fix' | 'url' | 'import' | 'history';

/** What the user asked to look at: an object's field, from a problem, a node or an edge. */
export interface Selection {
  doc: number;
  path: Path;
  /** Where to reveal it in the YAML pane, when known. */
  offset?: readonly [number, number];
  /** Changes on every request, so asking for the same field twice still moves focus. */
  serial: number;
}

export interface ManifestState {
  /** The manifest text: the one source of truth. Everything below it is derived from it. */
  text: string;
  origin: EditOrigin;
  parsed: ParsedManifest;
  /** The last parse without syntax errors: what the forms show while the YAML is broken. */
  lastValid: ParsedManifest;
  check: CheckResult;
  byField: ReadonlyMap<string, Diagnostic[]>;
  selection: Selection | null;
  /** The texts before and after this one; derived from the edits, not part of the manifest. */
  history: History;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Replaces the text. `groupKey` names the place a form edit touched, so that typing in one
   * field is one undo step (`apply` passes it; see `groupKeyOf`).
   */
  setText: (text: string, origin: EditOrigin, groupKey?: string) => void;
  apply: (commands: readonly EditCommand[], origin: EditOrigin) => EditResult;
  select: (target: Omit<Selection, 'serial'>) => void;
  /** Takes back the last step, whichever pane it came from. */
  undo: () => void;
  redo: () => void;
}

function derive(text: string, previousValid: ParsedManifest | undefined) {
  const parsed = parseManifest(text);
  const lastValid = parsed.syntaxErrors.length === 0 || !previousValid ? parsed : previousValid;
  const check = checkManifest(parsed);
  return { parsed, lastValid, check, byField: diagnosticsByField(check.diagnostics) };
}

function historyFlags(history: History) {
  return { history, canUndo: canUndo(history), canRedo: canRedo(history) };
}

let serial = 0;

export const useManifest = create<ManifestState>()((set, get) => ({
  text: EXAMPLE_MANIFEST,
  origin: 'init',
  ...derive(EXAMPLE_MANIFEST, undefined),
  selection: null,
  ...historyFlags(EMPTY_HISTORY),
  setText: (text, origin, groupKey) => {
    const state = get();
    if (text === state.text) return;
    const history = record(state.history, state.text, origin, Date.now(), groupKey);
    set({ text, origin, ...derive(text, state.lastValid), ...historyFlags(history) });
  },
  apply: (commands, origin) => {
    const result = applyEdits(get().text, commands);
    if (result.ok) get().setText(result.text, origin, groupKeyOf(commands));
    return result;
  },
  select: (target) => {
    // Nodes and edges name a field, not a place in the text: find it, so the YAML pane can go there.
    const { parsed } = get();
    const document = parsed.documents[target.doc];
    const offset =
      target.offset ?? (document ? locate(parsed, document, target.path).offset : undefined);
    set({ selection: { ...target, offset, serial: ++serial } });
  },
  undo: () => {
    const { history, text } = get();
    move(undo(history, text));
  },
  redo: () => {
    const { history, text } = get();
    move(redo(history, text));
  },
}));

/** Shows the text undo/redo went to; `history` makes every pane apply it, the YAML pane too. */
function move(step: Move | null): void {
  if (!step) return;
  const { lastValid } = useManifest.getState();
  useManifest.setState({
    text: step.text,
    origin: 'history',
    ...derive(step.text, lastValid),
    ...historyFlags(step.history),
  });
}
