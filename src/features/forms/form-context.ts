import { createContext, useContext, useMemo } from 'react';
import { getPath, type EditCommand, type EditResult, type Path } from '../../core';
import { equalValues } from '../../state/keep-equal';
import { useManifest } from '../../state/store';
import { useManifestSelector } from '../../state/use-manifest-selector';

/**
 * The document a form edits: its index in the manifest. Values are not in the context: each
 * field selects its own from the store, so a keystroke renders the one field it changed.
 */
export interface FormDoc {
  doc: number;
  /** True while the YAML has a syntax error: forms show the last valid manifest, read-only. */
  disabled: boolean;
}

export const FormDocContext = createContext<FormDoc | null>(null);

export function useFormDoc(): FormDoc {
  const value = useContext(FormDocContext);
  if (!value) throw new Error('useFormDoc is used outside a FormDocContext');
  return value;
}

const ROOT: Path = [];

/**
 * What `read` makes of the value at `path` in the form's document, compared by value: a form
 * section selects just what it shows (its list of port names, say) and does not render again
 * when another field changes. `read` must be a module-level function; `path` is compared by
 * value, since callers build it anew on every render.
 */
export function useDocSelect<T>(read: (value: unknown) => T, path: Path = ROOT): T {
  const { doc } = useFormDoc();
  const key = path.map(String).join('\u0000');
  const select = useMemo(
    () => {
      // `read` runs again only when the value at `path` changed: typing elsewhere leaves it be.
      let input: unknown = UNREAD;
      let output: T;
      return (state: { objects: readonly unknown[] }) => {
        const value = getPath(state.objects[doc], path);
        if (value !== input) {
          output = read(value);
          input = value;
        }
        return output;
      };
    },
    // `key` stands for `path`, which callers build anew on every render.
    [doc, read, key],
  );
  return useManifestSelector(select, equalValues);
}

/** No value read yet (`undefined` is a value: the field is not set). */
const UNREAD = Symbol('unread');

const identity = (value: unknown) => value;

/**
 * The value at `path` in the form's document. Unchanged parts of the manifest keep their
 * objects from one edit to the next (keep-equal.ts), so this is cheap to compare.
 */
export function useDocValue(path: Path): unknown {
  return useDocSelect(identity, path);
}

/**
 * The value at `path` in a document as the store has it now: for event handlers, which need
 * it only when called and so need not make their component follow it.
 */
export function currentDocValue(doc: number, path: Path = ROOT): unknown {
  return getPath(useManifest.getState().objects[doc], path);
}

/** Dispatches typed edit commands as one user action that came from a form. */
export function useEdit(): (commands: readonly EditCommand[]) => EditResult {
  return edit;
}

/** `apply` never changes: read it when editing rather than subscribe every field to the store. */
function edit(commands: readonly EditCommand[]): EditResult {
  return useManifest.getState().apply(commands, 'form');
}
