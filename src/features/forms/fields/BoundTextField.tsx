import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { t } from '../../../app/i18n';
import { setField, type Path } from '../../../core';
import { useDocValue, useEdit, useFormDoc } from '../form-context';
import { editFailureMessage } from './edit-failure';
import { displayValue, parseInput, type FieldKind } from './parse-input';
import { fieldDomId, fieldStatus, helperTextColor, useFieldDiagnostics } from './field-diagnostics';
import { sameProps } from './same-props';
import { useDraft } from './use-draft';

export interface BoundTextFieldProps {
  path: Path;
  label: string;
  help: string;
  kind?: FieldKind;
  /** Write `""` instead of removing the key when emptied (names, values that must exist). */
  keepEmpty?: boolean;
  placeholder?: string;
}

/**
 * A text field bound to one scalar of the manifest: it shows the value read from the text and
 * writes every change back as an edit command. Input that cannot be written (a letter in a
 * number field) stays in the field with an explanation and is not written.
 */
export const BoundTextField = memo(function BoundTextField({
  path,
  label,
  help,
  kind = 'string',
  keepEmpty = false,
  placeholder,
}: BoundTextFieldProps) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const { draft, problem, accept, hold } = useDraft();
  const value = useDocValue(path);
  const shown = draft ?? displayValue(value);
  const status = fieldStatus(useFieldDiagnostics(path));

  const onChange = (raw: string) => {
    const parsed = parseInput(raw, kind, keepEmpty);
    if (!parsed.ok) {
      hold(raw, t('forms.notANumber'));
      return;
    }
    const result = edit(setField(doc, path, parsed.value));
    if (result.ok) accept();
    else hold(raw, editFailureMessage(result.reason));
  };

  return (
    <TextField
      label={label}
      id={fieldDomId(doc, path)}
      helperText={problem ?? status.message ?? help}
      error={problem !== null || status.color === 'error'}
      value={shown}
      disabled={disabled}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
      // What could not be written is dropped on leaving the field; the text never had it.
      onBlur={accept}
      size="small"
      fullWidth
      slotProps={{
        formHelperText: { sx: helperTextColor(problem === null ? status.color : 'error') },
        htmlInput: {
          inputMode: kind === 'integer' ? 'numeric' : undefined,
          spellCheck: false,
          autoComplete: 'off',
        },
      }}
    />
  );
}, sameProps);
