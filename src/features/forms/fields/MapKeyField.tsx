import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { renameMapKey, type Path } from '../../../core';
import { useEdit, useFormDoc } from '../form-context';
import { editFailureMessage } from './edit-failure';
import { fieldDomId, fieldStatus, helperTextColor, useFieldDiagnostics } from './field-diagnostics';
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
  return (
    <TextField
      label={label}
      id={`${fieldDomId(doc, keyPath)}-key`}
      helperText={problem ?? status.message ?? help}
      error={problem !== null || status.color === 'error'}
      value={draft ?? currentKey}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value;
        const result = edit(renameMapKey(doc, mapPath, currentKey, next));
        if (result.ok) accept();
        else hold(next, editFailureMessage(result.reason));
      }}
      onBlur={accept}
      size="small"
      fullWidth
      slotProps={{
        formHelperText: { sx: helperTextColor(problem === null ? status.color : 'error') },
        htmlInput: { spellCheck: false, autoComplete: 'off' },
      }}
    />
  );
}, sameProps);
