import './outlined-field.css';
import { createContext, memo, useContext, useMemo, type ChangeEvent, type ReactNode } from 'react';

export type HelperColor = 'error' | 'warning' | 'info' | undefined;

export interface OutlinedFieldProps {
  id: string;
  label: string;
  /** The help line: a problem, a diagnostic or the field's help; nothing when empty. */
  helperText: string;
  /** How the help line is coloured when it is not an error. */
  helperColor: HelperColor;
  error: boolean;
  disabled: boolean;
  /** The label always sits on the outline (a select always shows a value). */
  shrinkLabel?: boolean;
  /** More classes for the field (where it sits, its width). */
  className?: string;
  /** The input: an `OutlinedFieldInput`, an `OutlinedSelect`, or a component that renders one. */
  children: ReactNode;
}

/** The id of a field's help line, which its input is described by. */
export function helperIdOf(id: string, helperText: string): string | undefined {
  return helperText === '' ? undefined : `${id}-helper-text`;
}

/** What the input of a field takes from the field around it, as MUI's FormControl gives it. */
interface FieldState {
  error: boolean;
  disabled: boolean;
}
const FieldStateContext = createContext<FieldState>({ error: false, disabled: false });

/** The classes of a field's root for its state. */
export function fieldClasses(
  error: boolean,
  disabled: boolean,
  shrinkLabel: boolean,
  extra?: string,
): string {
  return [
    'kw-field',
    // TextField's own class, for anything that styles or finds fields by it.
    'MuiTextField-root',
    error ? 'kw-field--error' : '',
    disabled ? 'kw-field--disabled' : '',
    shrinkLabel ? 'kw-field--shrink' : '',
    extra ?? '',
  ]
    .filter((name) => name !== '')
    .join(' ');
}

/**
 * A small outlined field, as MUI's `TextField size="small"` draws it, in plain elements and
 * static CSS (outlined-field.css): the label, the input or select (`children`) and the help
 * line. A keystroke renders only the input: the frame, its label and its help line render
 * again only when their text or state changes, and the input can read its value itself.
 */
export function OutlinedField({
  id,
  label,
  helperText,
  helperColor,
  error,
  disabled,
  shrinkLabel = false,
  className,
  children,
}: OutlinedFieldProps) {
  const helperId = helperIdOf(id, helperText);
  const state = useMemo(() => ({ error, disabled }), [error, disabled]);
  return (
    <div className={fieldClasses(error, disabled, shrinkLabel, className)}>
      {label !== '' && (
        <label htmlFor={id} id={`${id}-label`} className="kw-field__label">
          {label}
        </label>
      )}
      <FieldStateContext value={state}>{children}</FieldStateContext>
      {helperId !== undefined && (
        <p
          id={helperId}
          className={
            helperColor === 'warning' || helperColor === 'info'
              ? `kw-field__helper kw-field__helper--${helperColor}`
              : 'kw-field__helper'
          }
        >
          {helperText}
        </p>
      )}
    </div>
  );
}

/** The outline around an input, with a gap in it for the label (as MUI's NotchedOutline). */
function Outline({ label }: { label: string }) {
  return (
    <fieldset aria-hidden="true" className="kw-field__outline">
      <legend>{label === '' ? null : <span>{label}</span>}</legend>
    </fieldset>
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
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/** The input of an `OutlinedField`. */
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
  const { error, disabled } = useContext(FieldStateContext);
  return (
    <div className="kw-field__box">
      <input
        id={id}
        className="kw-field__input"
        type="text"
        value={value}
        // The label sits inside an empty field until it is focused (outlined-field.css).
        data-empty={value === '' ? '' : undefined}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        aria-invalid={error}
        aria-describedby={describedBy}
        onChange={onChange}
        onBlur={onBlur}
      />
      <Outline label={label} />
    </div>
  );
});

export interface OutlinedSelectProps {
  id: string;
  label: string;
  describedBy: string | undefined;
  value: string;
  title?: string;
  onChange: (value: string) => void;
  /** The `<option>` elements. */
  children: ReactNode;
}

/** A native select in an `OutlinedField` (whose label it always shrinks), with MUI's arrow. */
export function OutlinedSelect({
  id,
  label,
  describedBy,
  value,
  title,
  onChange,
  children,
}: OutlinedSelectProps) {
  const { error, disabled } = useContext(FieldStateContext);
  return (
    <div className="kw-field__box">
      <select
        id={id}
        className="kw-field__input kw-field__select"
        value={value}
        title={title}
        disabled={disabled}
        aria-invalid={error}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      {/* MUI's ArrowDropDown icon. */}
      <svg className="kw-field__arrow" focusable="false" aria-hidden="true" viewBox="0 0 24 24">
        <path d="M7 10l5 5 5-5z" />
      </svg>
      <Outline label={label} />
    </div>
  );
}
