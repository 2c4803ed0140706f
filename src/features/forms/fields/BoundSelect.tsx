import { memo } from 'react';
import { t } from '../../../app/i18n';
import { setField, type Path } from '../../../core';
import { useDocValue, useEdit, useFormDoc } from '../form-context';
import { fieldDomId, fieldStatus, useFieldDiagnostics } from './field-diagnostics';
import { displayValue } from './parse-input';
import { sameProps } from './same-props';
import { SelectField } from './SelectField';

export interface SelectOption {
  value: string;
  label: string;
}

export interface BoundSelectProps {
  path: Path;
  label: string;
  help: string;
  options: readonly SelectOption[];
}

/**
 * A native select bound to one string field. "(not set)" removes the key; a value in the text
 * that is not among the options is still shown, so the field never hides what is written.
 */
export const BoundSelect = memo(function BoundSelect({
  path,
  label,
  help,
  options,
}: BoundSelectProps) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const value = displayValue(useDocValue(path));
  const known = value === '' || options.some((option) => option.value === value);
  const status = fieldStatus(useFieldDiagnostics(path));
  return (
    <SelectField
      id={fieldDomId(doc, path)}
      label={label}
      helperText={status.message ?? help}
      helperColor={status.color}
      error={status.color === 'error'}
      value={value}
      disabled={disabled}
      onChange={(next) => edit(setField(doc, path, next === '' ? undefined : next))}
    >
      <option value="">{t('forms.none')}</option>
      {!known && <option value={value}>{value}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}, sameProps);
