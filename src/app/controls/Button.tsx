import './button.css';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'> {
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  /** The theme's colour, or the surrounding text's (`inherit`, as on the app bar). */
  color?: 'primary' | 'secondary' | 'error' | 'inherit';
  startIcon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that looks like MUI's Button (its variants, sizes and colours, without the ripple),
 * as a plain `<button>` and static CSS: the first view has a dozen, and MUI's are styled by
 * emotion at run time, which the page's start paid for.
 */
export function Button({
  variant = 'text',
  size = 'medium',
  color = 'primary',
  startIcon,
  className,
  children,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = `kw-button kw-button--${variant} kw-button--${size} kw-button--${color}`;
  return (
    <button type={type} className={className ? `${classes} ${className}` : classes} {...rest}>
      {startIcon && <span className="kw-button__start-icon">{startIcon}</span>}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'> {
  /** `inherit`: the surrounding text's colour (the app bar); `default`: MUI's grey. */
  color?: 'default' | 'inherit';
  /** `small`: a 30 px circle around a 20 px icon (a row's remove button). */
  size?: 'small' | 'medium';
  /** Its name: an icon button shows no text. */
  'aria-label': string;
  ref?: Ref<HTMLButtonElement>;
}

/** A round icon button that looks like MUI's IconButton, as a plain `<button>`. */
export function IconButton({
  color = 'default',
  size = 'medium',
  className,
  type = 'button',
  ...rest
}: IconButtonProps) {
  const classes = `kw-round-button kw-round-button--${color} kw-round-button--${size}`;
  return (
    <button type={type} className={className ? `${classes} ${className}` : classes} {...rest} />
  );
}
