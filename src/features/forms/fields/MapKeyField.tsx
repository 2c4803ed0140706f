import { memo } from 'react';
import { renameMapKey, type Path } from '../../../core';
import { useEdit, useFormDoc } from '../form-context';
import { editFailureMessage } from './edit-failure';
import { fieldDomId, fieldStatus, useFieldDiagnostics } from './field-diagnostics';
import { helperIdOf, OutlinedField, OutlinedFieldInput } from './OutlinedField';
import { sameProps } from './same-props';
import { useDraft } from './use-draft';

export interface MapKeyFieldProps {
  mapPath: Path;
  currentKey: string;
  label: string;
  help: string;
}

/**
 * The key of a map entry (a label or annotation name). Renaming keeps the entry in place; a
 * key that is empty or already used is held in the field and never written, because the YAML
 * would then have a duplicate key.
 */
export const MapKeyField = memo(function MapKeyField({
  mapPath,
  currentKey,
  label,
  help,
}: MapKeyFieldProps) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const { draft, problem, accept, hold } = useDraft();
  const keyPath = [...mapPath, currentKey];
  const status = fieldStatus(useFieldDiagnostics(keyPath, true));
  const id = `${fieldDomId(doc, keyPath)}-key`;
  const helperText = problem ?? status.message ?? help;
  return (
    <OutlinedField
      id={id}
      label={label}
      helperText={helperText}
      helperColor={problem === null ? status.color : 'error'}
      error={problem !== null || status.color === 'error'}
      disabled={disabled}
    >
      <OutlinedFieldInput
        id={id}
        label={label}
        describedBy={helperIdOf(id, helperText)}
        value={draft ?? currentKey}
        onChange={(event) => {
          const next = event.target.value;
          const result = edit(renameMapKey(doc, mapPath, currentKey, next));
          if (result.ok) accept();
          else hold(next, editFailureMessage(result.reason));
        }}
        onBlur={accept}
      />
    </OutlinedField>
  );
}, sameProps);
