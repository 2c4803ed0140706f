import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { t } from '../../app/i18n';
import type { Diagnostic } from '../../core';
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

/** Every diagnostic, with its quick fix; choosing one shows its field in the forms and the YAML. */
export function ProblemsPanel() {
  const diagnostics = useManifest((state) => state.check.diagnostics);
  const [failure, setFailure] = useState<string | null>(null);
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length;

  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="body2" sx={{ px: 1, pb: 0.5 }} aria-live="polite">
        {diagnostics.length === 0
          ? t('problems.none')
          : t('problems.summary', {
              errors: count('error'),
              warnings: count('warning'),
              infos: count('info'),
            })}
      </Typography>
      {failure !== null && (
        <Typography variant="body2" color="error" role="alert" sx={{ px: 1 }}>
          {failure}
        </Typography>
      )}
      <List dense disablePadding>
        {diagnostics.map((diagnostic, index) => (
          <ProblemItem
            // Not the offset: typing above a problem moves it, and must not remount its entry.
            key={`${problemIdentity(diagnostic)}#${String(index)}`}
            diagnostic={diagnostic}
            onFixed={setFailure}
          />
        ))}
      </List>
    </Box>
  );
}

/** A problem's identity across edits: its rule and the field it is about. */
function problemIdentity(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId}|${String(diagnostic.doc)}|${diagnostic.path.join('.')}`;
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

/** What an entry shows; its range is left out, since only its line is on screen. */
function sameEntry(a: { diagnostic: Diagnostic }, b: { diagnostic: Diagnostic }): boolean {
  const x = a.diagnostic;
  const y = b.diagnostic;
  return (
    x === y ||
    (problemIdentity(x) === problemIdentity(y) &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.kind === y.kind &&
      x.name === y.name &&
      x.range.start.line === y.range.start.line &&
      x.fix?.title === y.fix?.title &&
      equalValues(x.fix?.commands, y.fix?.commands))
  );
}

/**
 * One problem. Unchanged diagnostics keep their objects from one edit to the next (the store
 * shares them), so only the entries an edit changed render again.
 */
const ProblemItem = memo(function ProblemItem({
  diagnostic,
  onFixed,
}: {
  diagnostic: Diagnostic;
  /** Called with the reason a quick fix could not be applied, or null when it was. */
  onFixed: (failure: string | null) => void;
}) {
  const apply = useManifest((state) => state.apply);
  const select = useManifest((state) => state.select);
  const severity = t(`problems.severity.${diagnostic.severity}`);
  const fix = diagnostic.fix;
  return (
    <ListItem
      disablePadding
      data-rule-id={diagnostic.ruleId}
      data-severity={diagnostic.severity}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <ListItemButton
        aria-label={t('problems.show', {
          message: `${severity} ${diagnostic.ruleId}: ${diagnostic.message}`,
        })}
        onClick={() => {
          // This entry may not have rendered since the text moved: take the current range.
          const current = currentDiagnostic(diagnostic);
          select({ doc: current.doc, path: current.path, offset: current.range.offset });
        }}
        sx={{ alignItems: 'flex-start', gap: 1, py: 0.75 }}
      >
        <Box sx={{ pt: 0.25 }}>
          <SeverityIcon severity={diagnostic.severity} />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" component="p">
            <Box component="span" sx={{ fontWeight: 600 }}>
              {severity}
            </Box>{' '}
            <Box
              component="code"
              sx={{ fontSize: '0.8rem', bgcolor: 'grey.100', px: 0.5, borderRadius: 0.5 }}
            >
              {diagnostic.ruleId}
            </Box>{' '}
            {diagnostic.message}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {location(diagnostic)}
          </Typography>
        </Box>
      </ListItemButton>
      <Box
        sx={{
          py: 0.75,
          pr: 1,
          flexShrink: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 0.5,
          alignItems: 'flex-end',
        }}
      >
        {fix && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => {
              const result = apply(fix.commands, 'fix');
              onFixed(result.ok ? null : t('problems.fixFailed', { reason: result.reason }));
            }}
          >
            {t('problems.fix', { title: fix.title })}
          </Button>
        )}
        <RuleHelpLink ruleId={diagnostic.ruleId} />
      </Box>
    </ListItem>
  );
}, sameEntry);
