import { memo, type ChangeEvent } from 'react';
import { t } from '../../../app/i18n';
import { setField, type Path } from '../../../core';
import { useDocValue, useEdit, useFormDoc } from '../form-context';
import { editFailureMessage } from './edit-failure';
import { displayValue, parseInput, type FieldKind } from './parse-input';
import { fieldDomId, fieldStatus, useFieldDiagnostics } from './field-diagnostics';
import {
  helperIdOf,
  OutlinedField,
  OutlinedFieldInput,
  type OutlinedFieldInputProps,
} from './OutlinedField';
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
  const status = fieldStatus(useFieldDiagnostics(path));
  const id = fieldDomId(doc, path);
  const helperText = problem ?? status.message ?? help;

  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const raw = event.target.value;
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
    <OutlinedField
      id={id}
      label={label}
      helperText={helperText}
      helperColor={problem === null ? status.color : 'error'}
      error={problem !== null || status.color === 'error'}
      disabled={disabled}
    >
      <BoundInput
        path={path}
        draft={draft}
        id={id}
        label={label}
        describedBy={helperIdOf(id, helperText)}
        placeholder={placeholder}
        inputMode={kind === 'integer' ? 'numeric' : undefined}
        onChange={onChange}
        // What could not be written is dropped on leaving the field; the text never had it.
        onBlur={accept}
      />
    </OutlinedField>
  );
}, sameProps);

type BoundInputProps = Omit<OutlinedFieldInputProps, 'value'> & {
  path: Path;
  /** What the field holds that is not in the manifest, shown instead of its value. */
  draft: string | null;
};

/**
 * The field's input, which reads the value itself: a keystroke renders the input, and not the
 * field's frame, label and help line around it.
 */
const BoundInput = memo(function BoundInput({ path, draft, ...input }: BoundInputProps) {
  const value = useDocValue(path);
  return <OutlinedFieldInput {...input} value={draft ?? displayValue(value)} />;
}, sameProps);
