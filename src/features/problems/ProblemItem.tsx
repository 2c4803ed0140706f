import '../../app/controls/button.css';
import './problems.css';
import { memo } from 'react';
import { Button } from '../../app/controls/Button';
import { t } from '../../app/i18n';
import { fixCommands, type Diagnostic, type RuleId } from '../../core';
import { equalValues } from '../../state/keep-equal';
import { useManifest } from '../../state/store';
import { RuleHelpLink } from './RuleHelpLink';
import { SeverityIcon } from './severity';

function location(diagnostic: Diagnostic): string {
  const line = diagnostic.range.start.line;
  if (diagnostic.kind === null) return t('problems.locationNoObject', { line });
  const object = `${diagnostic.kind} ${diagnostic.name ?? t('forms.unnamed')}`;
  return t('problems.location', { object, line });
}

const identities = new WeakMap<Diagnostic, string>();

/**
 * A problem's identity across edits: its rule and the field it is about. Kept per diagnostic,
 * since every keystroke compares the whole list with the last one.
 */
export function problemIdentity(diagnostic: Diagnostic): string {
  let identity = identities.get(diagnostic);
  if (identity === undefined) {
    identity = `${diagnostic.ruleId}|${String(diagnostic.doc)}|${diagnostic.path.join('.')}`;
    identities.set(diagnostic, identity);
  }
  return identity;
}

/** The same problem in the store's latest diagnostics (its range follows the text). */
function currentDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const identity = problemIdentity(diagnostic);
  return (
    useManifest
      .getState()
      .check.diagnostics.find(
        (candidate) =>
          problemIdentity(candidate) === identity && candidate.message === diagnostic.message,
      ) ?? diagnostic
  );
}

/** Fixes that do the same: equal in value (one from an earlier edit may be applied). */
function sameFix(a: Diagnostic['fix'], b: Diagnostic['fix']): boolean {
  return (
    a === b ||
    (a?.title === b?.title && a?.derive === b?.derive && equalValues(a?.commands, b?.commands))
  );
}

/** What an entry shows; its range is left out, since only its line is on screen. */
export function sameEntry(x: Diagnostic, y: Diagnostic): boolean {
  return (
    x === y ||
    (problemIdentity(x) === problemIdentity(y) &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.kind === y.kind &&
      x.name === y.name &&
      x.range.start.line === y.range.start.line &&
      sameFix(x.fix, y.fix))
  );
}

/**
 * One problem. Unchanged diagnostics keep their objects from one edit to the next (the store
 * shares them), so only the entries an edit changed render again, and of those only the parts
 * that show what changed: the icon, the rule and the actions stay as they are. Plain elements
 * in static CSS (problems.css): an entry that appears as one types inserts no styles.
 */
export const ProblemItem = memo(
  function ProblemItem({
    diagnostic,
    onFixed,
  }: {
    diagnostic: Diagnostic;
    /** Called with the reason a quick fix could not be applied, or null when it was. */
    onFixed: (failure: string | null) => void;
  }) {
    const severity = t(`problems.severity.${diagnostic.severity}`);
    return (
      <li
        data-rule-id={diagnostic.ruleId}
        data-severity={diagnostic.severity}
        className="kw-problem"
      >
        <button
          type="button"
          className="kw-problem__show"
          aria-label={t('problems.show', {
            message: `${severity} ${diagnostic.ruleId}: ${diagnostic.message}`,
          })}
          onClick={() => {
            // This entry may not have rendered since the text moved: take the current range.
            const current = currentDiagnostic(diagnostic);
            useManifest
              .getState()
              .select({ doc: current.doc, path: current.path, offset: current.range.offset });
          }}
        >
          <Icon severity={diagnostic.severity} />
          {/* Spans: a button may hold only phrasing content. */}
          <span className="kw-problem__text">
            <span className="kw-problem__message">
              <RuleTag severity={severity} ruleId={diagnostic.ruleId} /> {diagnostic.message}
            </span>
            <Location text={location(diagnostic)} />
          </span>
        </button>
        <Actions ruleId={diagnostic.ruleId} fix={diagnostic.fix} onFixed={onFixed} />
      </li>
    );
  },
  (a, b) => a.onFixed === b.onFixed && sameEntry(a.diagnostic, b.diagnostic),
);

const Icon = memo(function Icon({ severity }: { severity: Diagnostic['severity'] }) {
  return (
    <span className="kw-problem__icon">
      <SeverityIcon severity={severity} />
    </span>
  );
});

const RuleTag = memo(function RuleTag({ severity, ruleId }: { severity: string; ruleId: string }) {
  return (
    <>
      <span className="kw-problem__severity">{severity}</span>{' '}
      <code className="kw-problem__rule">{ruleId}</code>
    </>
  );
});

const Location = memo(function Location({ text }: { text: string }) {
  return <span className="kw-problem__location">{text}</span>;
});

interface ActionsProps {
  ruleId: RuleId;
  fix: Diagnostic['fix'];
  onFixed: (failure: string | null) => void;
}

/** The quick fix and the rule's help: the same while only the message changes. */
const Actions = memo(function Actions({ ruleId, fix, onFixed }: ActionsProps) {
  return (
    <div className="kw-problem__actions">
      {fix && (
        <Button
          size="small"
          variant="outlined"
          onClick={() => {
            const { text, apply } = useManifest.getState();
            const result = apply(fixCommands(fix, text), 'fix');
            onFixed(result.ok ? null : t('problems.fixFailed', { reason: result.reason }));
          }}
        >
          {t('problems.fix', { title: fix.title })}
        </Button>
      )}
      <RuleHelpLink ruleId={ruleId} />
    </div>
  );
}, sameActions);

/** Fixes equal in value do the same: one from an earlier edit may be applied. */
function sameActions(a: ActionsProps, b: ActionsProps): boolean {
  return a.ruleId === b.ruleId && a.onFixed === b.onFixed && sameFix(a.fix, b.fix);
}
