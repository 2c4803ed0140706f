import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type ReactNode } from 'react';
import { helperIdOf, OutlinedField } from './OutlinedField';

export interface SelectFieldProps {
  /** The select's id; one is made up when not given. */
  id?: string;
  label: string;
  helperText: string;
  /** How the help line is coloured when it is not an error (see `helperTextColor`). */
  helperColor?: 'error' | 'warning' | 'info';
  error?: boolean;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  /** The `<option>` elements. */
  children: ReactNode;
}

/**
 * A small outlined field with a native select: what `<TextField select>` with native options
 * renders, on the same `OutlinedField` frame as the text fields, because `TextField` imports
 * MUI's menu select (Menu, Popover, Modal), which a native select never uses, into the first
 * view's bytes.
 */
export function SelectField({
  id,
  label,
  helperText,
  helperColor,
  error = false,
  value,
  disabled,
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
    >
      <NativeSelect
        id={selectId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
        inputProps={{ 'aria-describedby': helperIdOf(selectId, helperText) }}
      >
        {children}
      </NativeSelect>
    </OutlinedField>
  );
}
