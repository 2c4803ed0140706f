import { create } from 'zustand';
import {
  applyEdits,
  diagnosticsByField,
  effectiveProfile,
  EXAMPLE_MANIFEST,
  locate,
  parseManifest,
  type CheckResult,
  type Diagnostic,
  type EditCommand,
  type EditResult,
  type ParsedManifest,
  type Path,
  type ProfileId,
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
import { checkInSlices, loadChecker, loadedChecker, PENDING_CHECK } from './checker';
import { readManifestInSlices } from '../core/yaml/parse';
import { BIG_TEXT, nextPageTask, pageSlicer } from './page-slicer';
import { keepEqual } from './keep-equal';
import { measuredPhase, measuredPhaseSync } from './phase-timing';

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
  /**
   * The plain value of each document of `lastValid`, sharing every unchanged part with the
   * previous edit's (see keep-equal.ts): forms select from these and render only what changed.
   */
  objects: readonly unknown[];
  /** The ingress-controller profile the user chose; undefined until they choose one. */
  chosenProfile: ProfileId | undefined;
  /**
   * The profile the rules use: what the manifest says (its class, its kinds), else the chosen
   * one, which matters while nothing in the manifest names a controller.
   */
  profile: ProfileId | undefined;
  check: CheckResult;
  /** Whether `check` comes from the rules: false for the moment before they have loaded. */
  checked: boolean;
  byField: ReadonlyMap<string, Diagnostic[]>;
  selection: Selection | null;
  /**
   * A text being read in slices (`openText` of a big text, `readAhead`): what is shown is still
   * `text` until it is there.
   */
  reading: boolean;
  /**
   * Counts the big texts opened (`openText`): a list of a new text's objects is built anew,
   * over several tasks, even when it is as long as the one it replaces.
   */
  opened: number;
  /** The texts before and after this one; derived from the edits, not part of the manifest. */
  history: History;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Replaces the text. `groupKey` names the place a form edit touched, so that typing in one
   * field is one undo step (`apply` passes it; see `groupKeyOf`).
   */
  setText: (text: string, origin: EditOrigin, groupKey?: string) => void;
  /**
   * `setText` for a text that may be long to read (a file opened): a big one is read and checked
   * in slices first, so that the page keeps answering, and then shown, as the step after any edit
   * made meanwhile (which Undo brings back). Resolves when it is shown; when another text is
   * opened meanwhile, that one is shown instead.
   */
  openText: (text: string, origin: EditOrigin) => Promise<void>;
  /**
   * Reads texts about to be opened (files to import) in slices, with `reading` set meanwhile, so
   * that reading them again is immediate. False when other texts were opened or read ahead
   * meanwhile: these are not wanted then.
   */
  readAhead: (texts: readonly string[]) => Promise<boolean>;
  apply: (commands: readonly EditCommand[], origin: EditOrigin) => EditResult;
  select: (target: Omit<Selection, 'serial'>) => void;
  /**
   * Rewrites the manifest for another ingress controller (one undo step) and keeps the choice.
   * Asynchronous: the rewriting code loads on first use.
   */
  switchProfile: (to: ProfileId) => Promise<EditResult>;
  /** Takes back the last step, whichever pane it came from. */
  undo: () => void;
  redo: () => void;
}

type Derived = Pick<
  ManifestState,
  'parsed' | 'lastValid' | 'objects' | 'profile' | 'check' | 'checked' | 'byField'
>;

/**
 * The documents' plain objects, each the previous derivation's where equal in value. A document
 * the parse kept (the incremental parse keeps every document but the edited one) has the same
 * object as before, so its previous value is taken as it is: comparing all of them in depth took
 * ~30 ms a keystroke at 300 objects.
 */
function keptObjects(previous: Derived | undefined, lastValid: ParsedManifest): readonly unknown[] {
  const next = lastValid.documents.map((doc) => doc.object);
  if (!previous) return next;
  const before = previous.lastValid.documents;
  const merged = next.map((object, i) =>
    before[i]?.object === object ? previous.objects[i] : keepEqual(previous.objects[i], object),
  );
  const same =
    merged.length === previous.objects.length &&
    merged.every((object, i) => object === previous.objects[i]);
  return same ? previous.objects : merged;
}

/** The parse the forms show for `parsed`: itself, or the last one without syntax errors. */
function lastValidOf(parsed: ParsedManifest, previous: Derived | undefined): ParsedManifest {
  return parsed.syntaxErrors.length === 0 || !previous ? parsed : previous.lastValid;
}

/** Counts `openText` and `readAhead` calls, so that a reading outdone by a later one is dropped. */
let readings = 0;

/** Everything the panes show, read from the text; unchanged parts keep `previous`'s objects. */
function derive(
  text: string,
  previous: Derived | undefined,
  chosenProfile: ProfileId | undefined,
): Derived {
  const parsed = parseManifest(text);
  const lastValid = lastValidOf(parsed, previous);
  const objects = keptObjects(previous, lastValid);
  const profile = effectiveProfile(lastValid, chosenProfile);
  const checker = loadedChecker();
  const result = checker ? checker(parsed, profile) : PENDING_CHECK;
  const diagnostics = keepEqual(previous?.check.diagnostics, result.diagnostics);
  const check = { ...result, diagnostics };
  const byField = new Map<string, Diagnostic[]>();
  for (const [key, list] of diagnosticsByField(diagnostics))
    byField.set(key, keepEqual(previous?.byField.get(key), list));
  return { parsed, lastValid, objects, profile, check, checked: checker !== undefined, byField };
}

function historyFlags(history: History) {
  return { history, canUndo: canUndo(history), canRedo: canRedo(history) };
}

let serial = 0;

export const useManifest = create<ManifestState>()((set, get) => {
  /**
   * Runs `work` as the latest reading, with `reading` set; when it ends and no later reading
   * took over (`current`), runs `then` and clears `reading`.
   */
  async function whileReading<T>(
    work: (current: () => boolean) => Promise<T>,
    then?: () => void,
  ): Promise<T> {
    const reading = ++readings;
    const current = () => reading === readings;
    set({ reading: true });
    try {
      // The event that opened the text (a paste, a drop) ends first, and "reading" is shown.
      await nextPageTask();
      return await work(current);
    } finally {
      if (current()) {
        then?.();
        set({ reading: false });
      }
    }
  }

  return {
    text: EXAMPLE_MANIFEST,
    origin: 'init',
    ...derive(EXAMPLE_MANIFEST, undefined, undefined),
    chosenProfile: undefined,
    selection: null,
    reading: false,
    opened: 0,
    ...historyFlags(EMPTY_HISTORY),
    setText: (text, origin, groupKey) => {
      const state = get();
      if (text === state.text) return;
      const history = record(state.history, state.text, origin, Date.now(), groupKey);
      set({ text, origin, ...derive(text, state, state.chosenProfile), ...historyFlags(history) });
    },
    openText: async (text, origin) => {
      if (text.length < BIG_TEXT || text === get().text) {
        // Shown at once, and so after any text still being read, which is dropped.
        readings++;
        get().setText(text, origin);
        if (get().reading) set({ reading: false });
        return;
      }
      await whileReading(
        async (current) => {
          if (!current()) return;
          const parsed = await measuredPhase('read', () => readManifestInSlices(text, pageSlicer));
          if (!current()) return;
          const state = get();
          const profile = effectiveProfile(lastValidOf(parsed, state), state.chosenProfile);
          // The rules may fail to load (the network is gone): the text is shown all the same, and
          // checked as at start, once they are there.
          await measuredPhase('check', () =>
            checkInSlices(parsed, profile, pageSlicer).catch(() => undefined),
          );
          // Showing the text renders every pane: a task of its own, not the last slice's end.
          await nextPageTask();
        },
        () => {
          measuredPhaseSync('show', () => {
            set({ opened: get().opened + 1 });
            get().setText(text, origin);
          });
        },
      );
    },
    readAhead: async (texts) => {
      const big = texts.filter((text) => text.length >= BIG_TEXT);
      if (big.length === 0) return true;
      return whileReading(async (current) => {
        for (const text of big) {
          // Another reading may have taken over during the pause that starts this one.
          if (!current()) return false;
          await measuredPhase('read', () => readManifestInSlices(text, pageSlicer));
          if (!current()) return false;
        }
        return true;
      });
    },
    apply: (commands, origin) => {
      const result = applyEdits(get().text, commands);
      if (result.ok) get().setText(result.text, origin, groupKeyOf(commands));
      return result;
    },
    switchProfile: async (to) => {
      const { commandsForProfile } = await import('../core/profiles/switch');
      const state = get();
      const planned = commandsForProfile(state.text, to);
      const result = planned.ok ? applyEdits(state.text, planned.commands) : planned;
      if (!result.ok) return result;
      // Chosen first, so that the rules of the rewritten text already use it.
      set({ chosenProfile: to });
      if (result.text === state.text) set(derive(state.text, state, to));
      else get().setText(result.text, 'form');
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
  };
});

/** Shows the text undo/redo went to; `history` makes every pane apply it, the YAML pane too. */
function move(step: Move | null): void {
  if (!step) return;
  useManifest.setState({
    text: step.text,
    origin: 'history',
    ...derive(step.text, useManifest.getState(), useManifest.getState().chosenProfile),
    ...historyFlags(step.history),
  });
}

/**
 * Resolves once the rules have loaded and the current text has been checked with them. The
 * store does this by itself; nothing in the app waits on it (the first form renders before the
 * rules arrive), only tests and the bench do.
 */
export const whenChecked: Promise<void> = loadChecker().then(() => {
  const state = useManifest.getState();
  useManifest.setState(derive(state.text, state, state.chosenProfile));
});
