import './problems.css';
import { useEffect } from 'react';
import { Hint } from '../../app/Hint';
import { t } from '../../app/i18n';
import { onDemand, useOnDemand } from '../../app/on-demand';
import type { RuleId } from '../../core';

// The rule catalogue (help texts and documentation links) comes with the checker: by the time a
// problem is listed it is loaded, and a static import would put every rule in the first view.
const catalogue = onDemand(async () => {
  const { RULES } = await import('../../core/rules/catalogue');
  return new Map(RULES.map((rule) => [rule.id, rule]));
});

/** The rule's explanation on hover and focus, and a link to the official documentation. */
export function RuleHelpLink({ ruleId }: { ruleId: RuleId }) {
  const [rules, request] = useOnDemand(catalogue);
  useEffect(() => {
    if (!rules) void request();
  }, [rules, request]);
  const rule = rules?.get(ruleId);
  if (!rule) return null;
  return (
    <Hint title={rule.help} describe>
      {(describedBy) => (
        <a
          href={rule.docsUrl}
          target="_blank"
          rel="noreferrer noopener"
          // What MUI's `<Link variant="caption">` looks like, as a plain link (its code is
          // ~1.5 kB gzip of the first view), in problems.css.
          className="kw-problem__help"
          aria-label={t('problems.learnMore', { rule: ruleId })}
          aria-describedby={describedBy}
        >
          {t('problems.learnMoreShort')}
        </a>
      )}
    </Hint>
  );
}
