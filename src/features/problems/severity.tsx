import './problems.css';
import { Icon } from '../../app/controls/icons';
import type { Severity } from '../../core';

/** A severity icon; decorative, since the severity is always written next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return <Icon name={severity} className={`kw-severity-icon kw-severity-icon--${severity}`} />;
}
