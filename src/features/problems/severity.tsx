import ErrorIcon from '@mui/icons-material/Error';
import InfoIcon from '@mui/icons-material/Info';
import WarningIcon from '@mui/icons-material/Warning';
import type { Severity } from '../../core';

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;
const COLORS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** A severity icon; decorative, since the severity is always written next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon fontSize="small" color={COLORS[severity]} aria-hidden />;
}
