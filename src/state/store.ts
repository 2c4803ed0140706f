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

/** Where an edit came from, so that no pane is rewritten under the cursor of its own typist. */
export type EditOrigin = 'init' | 'form' | 'yaml' | 'diagram' | 'fix' | 'url' | 'import';

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
  setText: (text: string, origin: EditOrigin) => void;
  apply: (commands: readonly EditCommand[], origin: EditOrigin) => EditResult;
  select: (target: Omit<Selection, 'serial'>) => void;
}

function derive(text: string, previousValid: ParsedManifest | undefined) {
  const parsed = parseManifest(text);
  const lastValid = parsed.syntaxErrors.length === 0 || !previousValid ? parsed : previousValid;
  const check = checkManifest(parsed);
  return { parsed, lastValid, check, byField: diagnosticsByField(check.diagnostics) };
}

let serial = 0;

export const useManifest = create<ManifestState>()((set, get) => ({
  text: EXAMPLE_MANIFEST,
  origin: 'init',
  ...derive(EXAMPLE_MANIFEST, undefined),
  selection: null,
  setText: (text, origin) => {
    if (text === get().text) return;
    set({ text, origin, ...derive(text, get().lastValid) });
  },
  apply: (commands, origin) => {
    const result = applyEdits(get().text, commands);
    if (result.ok) get().setText(result.text, origin);
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
}));
