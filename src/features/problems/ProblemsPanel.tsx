import './problems.css';
import { memo, useState } from 'react';
import { t } from '../../app/i18n';
import { useProgressiveCount } from '../../app/use-progressive-count';
import type { Diagnostic } from '../../core';
import { equalValues } from '../../state/keep-equal';
import { useManifest, type ManifestState } from '../../state/store';
import { useManifestSelector } from '../../state/use-manifest-selector';
import { ProblemItem, problemIdentity, sameEntry } from './ProblemItem';

/**
 * Every diagnostic, with its quick fix; choosing one shows its field in the forms and the YAML.
 * Plain elements in static CSS (problems.css), not MUI's Box and Typography: the panel is in the
 * first view, where emotion compiling their styles delayed the start.
 */
export function ProblemsPanel() {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="kw-problems">
      <Summary />
      {failure !== null && (
        <p className="kw-problems__failure" role="alert">
          {failure}
        </p>
      )}
      <ProblemList onFixed={setFailure} />
    </div>
  );
}

interface Counts {
  /** False until the rules have loaded (they load after the first form). */
  checked: boolean;
  total: number;
  errors: number;
  warnings: number;
  infos: number;
}

const countsOf = ({ checked, check: { diagnostics } }: ManifestState): Counts => {
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length;
  return {
    checked,
    total: diagnostics.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
};

/** The counts line: renders again only when a count changes, not when a message does. */
function Summary() {
  const { checked, total, errors, warnings, infos } = useManifestSelector(countsOf, equalValues);
  return (
    <p className="kw-problems__summary" aria-live="polite">
      {!checked
        ? t('problems.checking')
        : total === 0
          ? t('problems.none')
          : t('problems.summary', { errors, warnings, infos })}
    </p>
  );
}

const diagnosticsOf = (state: ManifestState) => state.check.diagnostics;

/**
 * Lists that show the same entries. Typing moves the ranges of the problems below the cursor;
 * while their lines stay, the list keeps the diagnostics it has (a click looks up the current
 * range) and does not render.
 */
function sameEntries(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return (
    a.length === b.length &&
    a.every((diagnostic, index) => {
      const other = b[index];
      return other !== undefined && sameEntry(diagnostic, other);
    })
  );
}

// A plain list: MUI's List, ListItem and ListItemButton were ~3.5 kB gzip of the first view.
const ProblemList = memo(function ProblemList({
  onFixed,
}: {
  onFixed: (failure: string | null) => void;
}) {
  const diagnostics = useManifestSelector(diagnosticsOf, sameEntries);
  const keys = entryKeys(diagnostics);
  const opened = useManifest((state) => state.opened);
  const shown = useProgressiveCount(diagnostics.length, { epoch: opened });
  return (
    <ul className="kw-problems__list">
      {diagnostics.slice(0, shown).map((diagnostic, index) => (
        <ProblemItem key={keys[index]} diagnostic={diagnostic} onFixed={onFixed} />
      ))}
    </ul>
  );
});

/**
 * Keys that follow a problem across edits: its identity, numbered among the problems with the
 * same identity. Not its offset (typing above a problem moves it) nor its position in the list
 * (a problem appearing above it would remount its entry).
 */
function entryKeys(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const identity = problemIdentity(diagnostic);
    const nth = seen.get(identity) ?? 0;
    seen.set(identity, nth + 1);
    return `${identity}#${String(nth)}`;
  });
}
