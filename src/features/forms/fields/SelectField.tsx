import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, type ReactNode } from 'react';
import { helperTextColor } from './field-diagnostics';

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
 * renders, with the same ids and classes, put together from its parts because `TextField`
 * imports MUI's menu select (Menu, Popover, Modal), which a native select never uses, into the
 * first view's bytes.
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
  const helperId = helperText === '' ? undefined : `${selectId}-helper-text`;
  return (
    <FormControl
      className="MuiTextField-root"
      size="small"
      fullWidth
      error={error}
      disabled={disabled}
    >
      <InputLabel htmlFor={selectId} id={`${selectId}-label`} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={selectId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
        inputProps={{ 'aria-describedby': helperId }}
      >
        {children}
      </NativeSelect>
      {helperId !== undefined && (
        <FormHelperText id={helperId} sx={helperTextColor(helperColor)}>
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
