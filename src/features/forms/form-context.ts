import { createContext, useContext } from 'react';
import type { EditCommand, EditResult } from '../../core';
import { useManifest } from '../../state/store';

/** The document a form edits: its index in the manifest and its plain value. */
export interface FormDoc {
  doc: number;
  object: unknown;
  /** True while the YAML has a syntax error: forms show the last valid manifest, read-only. */
  disabled: boolean;
}

export const FormDocContext = createContext<FormDoc | null>(null);

export function useFormDoc(): FormDoc {
  const value = useContext(FormDocContext);
  if (!value) throw new Error('useFormDoc is used outside a FormDocContext');
  return value;
}

/** Dispatches typed edit commands as one user action that came from a form. */
export function useEdit(): (commands: readonly EditCommand[]) => EditResult {
  const apply = useManifest((state) => state.apply);
  return (commands) => apply(commands, 'form');
}
