import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { memo, useMemo, type ChangeEvent, type ReactNode } from 'react';
import { helperTextColor } from './field-diagnostics';

export interface OutlinedFieldProps {
  id: string;
  label: string;
  /** The help line: a problem, a diagnostic or the field's help; nothing when empty. */
  helperText: string;
  /** How the help line is coloured when it is not an error (see `helperTextColor`). */
  helperColor: 'error' | 'warning' | 'info' | undefined;
  error: boolean;
  disabled: boolean;
  /** The label always sits on the outline (a select always shows a value). */
  shrinkLabel?: boolean;
  /** The input: an `OutlinedFieldInput`, a native select, or a component that renders one. */
  children: ReactNode;
}

/** The id of a field's help line, which its input is described by. */
export function helperIdOf(id: string, helperText: string): string | undefined {
  return helperText === '' ? undefined : `${id}-helper-text`;
}

/**
 * MUI's small outlined `TextField`, with the same parts, ids and classes, put together here so
 * that a keystroke renders only the input: the frame, its label and its help line render again
 * only when their text or state changes, and the input can read its value itself.
 */
export function OutlinedField({
  id,
  label,
  helperText,
  helperColor,
  error,
  disabled,
  shrinkLabel,
  children,
}: OutlinedFieldProps) {
  const helperId = helperIdOf(id, helperText);
  const labelElement = useMemo(
    () =>
      label === '' ? null : (
        <InputLabel htmlFor={id} id={`${id}-label`} shrink={shrinkLabel}>
          {label}
        </InputLabel>
      ),
    [id, label, shrinkLabel],
  );
  const helperElement = useMemo(
    () =>
      helperId === undefined ? null : (
        <FormHelperText id={helperId} sx={helperTextColor(helperColor)}>
          {helperText}
        </FormHelperText>
      ),
    [helperId, helperText, helperColor],
  );
  return (
    <FormControl
      // TextField's own class, for anything that styles or finds fields by it.
      className="MuiTextField-root"
      size="small"
      fullWidth
      error={error}
      disabled={disabled}
    >
      {labelElement}
      {children}
      {helperElement}
    </FormControl>
  );
}

export interface OutlinedFieldInputProps {
  id: string;
  /** The field's label again: the outline leaves a gap for it. */
  label: string;
  /** The help line's id (`helperIdOf`). */
  describedBy: string | undefined;
  value: string;
  placeholder?: string;
  inputMode?: 'numeric';
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onBlur: () => void;
}

/** The input of an `OutlinedField`, as `TextField` renders it. */
export const OutlinedFieldInput = memo(function OutlinedFieldInput({
  id,
  label,
  describedBy,
  value,
  placeholder,
  inputMode,
  onChange,
  onBlur,
}: OutlinedFieldInputProps) {
  const htmlInput = useMemo(
    () => ({ inputMode, spellCheck: false, autoComplete: 'off' }) as const,
    [inputMode],
  );
  return (
    <OutlinedInput
      id={id}
      label={label}
      value={value}
      placeholder={placeholder}
      aria-describedby={describedBy}
      onChange={onChange}
      onBlur={onBlur}
      fullWidth
      inputProps={htmlInput}
    />
  );
});
