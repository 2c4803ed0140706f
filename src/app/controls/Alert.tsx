import './alert.css';
import type { AriaRole, MouseEvent, ReactNode } from 'react';
import { t } from '../i18n';
import { IconButton } from './Button';
import { Icon, type IconName } from './icons';

export type AlertSeverity = 'success' | 'info' | 'warning' | 'error';

export interface AlertProps {
  /** Its colours and icon; MUI's default. */
  severity?: AlertSeverity;
  /** `standard`: a tinted background; `outlined`: a border of the severity's colour. */
  variant?: 'standard' | 'outlined';
  /** `alert` is announced at once; `status` (an offer) politely. */
  role?: AriaRole;
  'aria-label'?: string;
  /** Shows a close button (unless there is an `action`), named `closeText`. */
  onClose?: (event: MouseEvent<HTMLButtonElement>) => void;
  closeText?: string;
  /** At the end, in place of the close button. */
  action?: ReactNode;
  className?: string;
  children?: ReactNode;
}

const ICONS: Record<AlertSeverity, IconName> = {
  success: 'successOutlined',
  info: 'infoOutlined',
  warning: 'reportProblemOutlined',
  error: 'errorOutline',
};

/**
 * An alert that looks like MUI's Alert (standard and outlined, without the filled variant), as
 * plain elements and static CSS: MUI's inserts emotion styles when it first shows, and the alerts
 * of a link or of saved work show in the same task as the opened manifest. The parts are MUI's:
 * the root with the role, the severity's icon, the message, and the action or close button.
 */
export function Alert({
  severity = 'success',
  variant = 'standard',
  role = 'alert',
  onClose,
  closeText = t('app.close'),
  action,
  className,
  children,
  ...rest
}: AlertProps) {
  const classes = `kw-alert kw-alert--${variant} kw-alert--${severity}`;
  return (
    <div role={role} className={className ? `${classes} ${className}` : classes} {...rest}>
      <div className="kw-alert__icon">
        <Icon name={ICONS[severity]} />
      </div>
      <div className="kw-alert__message">{children}</div>
      {action != null ? (
        <div className="kw-alert__action">{action}</div>
      ) : (
        onClose && (
          <div className="kw-alert__action">
            <IconButton
              size="small"
              color="inherit"
              aria-label={closeText}
              title={closeText}
              onClick={onClose}
            >
              <Icon name="close" />
            </IconButton>
          </div>
        )
      )}
    </div>
  );
}

/** The alert's title, on a line of its own above the message, as MUI's AlertTitle. */
export function AlertTitle({ children }: { children: ReactNode }) {
  return <div className="kw-alert__title">{children}</div>;
}
