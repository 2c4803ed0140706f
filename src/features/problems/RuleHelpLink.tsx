import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import { t } from '../../app/i18n';
import { RULES, type RuleId } from '../../core';

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule's explanation on hover and focus, and a link to the official documentation. */
export function RuleHelpLink({ ruleId }: { ruleId: RuleId }) {
  const rule = RULE_BY_ID.get(ruleId);
  if (!rule) return null;
  return (
    <Tooltip title={rule.help}>
      <Link
        href={rule.docsUrl}
        target="_blank"
        rel="noreferrer noopener"
        variant="caption"
        aria-label={t('problems.learnMore', { rule: ruleId })}
      >
        {t('problems.learnMoreShort')}
      </Link>
    </Tooltip>
  );
}
