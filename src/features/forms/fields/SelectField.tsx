import { useId, type ReactNode } from 'react';
import { helperIdOf, OutlinedField, OutlinedSelect, type HelperColor } from './OutlinedField';

export interface SelectFieldProps {
  /** The select's id; one is made up when not given. */
  id?: string;
  label: string;
  helperText: string;
  /** How the help line is coloured when it is not an error. */
  helperColor?: HelperColor;
  error?: boolean;
  value: string;
  disabled: boolean;
  /** A tooltip on the select (where there is no help line). */
  title?: string;
  /** More classes for the field (see `OutlinedField`). */
  className?: string;
  onChange: (value: string) => void;
  /** The `<option>` elements. */
  children: ReactNode;
}

/**
 * A small outlined field with a native select: what `<TextField select>` with native options
 * renders, on the same `OutlinedField` frame as the text fields.
 */
export function SelectField({
  id,
  label,
  helperText,
  helperColor,
  error = false,
  value,
  disabled,
  title,
  className,
  onChange,
  children,
}: SelectFieldProps) {
  const madeUp = useId();
  const selectId = id ?? madeUp;
  return (
    <OutlinedField
      id={selectId}
      label={label}
      helperText={helperText}
      helperColor={helperColor}
      error={error}
      disabled={disabled}
      shrinkLabel
      className={className}
    >
      <OutlinedSelect
        id={selectId}
        label={label}
        describedBy={helperIdOf(selectId, helperText)}
        value={value}
        title={title}
        onChange={onChange}
      >
        {children}
      </OutlinedSelect>
    </OutlinedField>
  );
}
