import { create } from 'zustand';
import {
  applyEdits,
  EXAMPLE_MANIFEST,
  parseManifest,
  type EditCommand,
  type EditResult,
  type ParsedManifest,
} from '../core';

/** Where an edit came from, so that no pane is rewritten under the cursor of its own typist. */
export type EditOrigin = 'init' | 'form' | 'yaml' | 'diagram' | 'url' | 'import';

export interface ManifestState {
  /** The manifest text: the one source of truth. Everything else here is derived from it. */
  text: string;
  origin: EditOrigin;
  parsed: ParsedManifest;
  /** The last parse without syntax errors: what the forms show while the YAML is broken. */
  lastValid: ParsedManifest;
  setText: (text: string, origin: EditOrigin) => void;
  apply: (commands: readonly EditCommand[], origin: EditOrigin) => EditResult;
}

function derive(text: string, previousValid: ParsedManifest | undefined) {
  const parsed = parseManifest(text);
  const lastValid = parsed.syntaxErrors.length === 0 || !previousValid ? parsed : previousValid;
  return { parsed, lastValid };
}

export const useManifest = create<ManifestState>()((set, get) => ({
  text: EXAMPLE_MANIFEST,
  origin: 'init',
  ...derive(EXAMPLE_MANIFEST, undefined),
  setText: (text, origin) => {
    if (text === get().text) return;
    set({ text, origin, ...derive(text, get().lastValid) });
  },
  apply: (commands, origin) => {
    const result = applyEdits(get().text, commands);
    if (result.ok) get().setText(result.text, origin);
    return result;
  },
}));
