import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { setField, type Path } from '../../core';
import { useEdit, useFormDoc } from './form-context';

/** A list of host names typed as one comma-separated line, written as a YAML list. */
export function HostListField({ path, hosts }: { path: Path; hosts: readonly string[] }) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <TextField
      label={t('tls.hosts')}
      helperText={t('tls.hosts.help')}
      value={draft ?? hosts.join(', ')}
      disabled={disabled}
      onChange={(event) => {
        const raw = event.target.value;
        setDraft(raw);
        const list = raw
          .split(',')
          .map((host) => host.trim())
          .filter((host) => host.length > 0);
        edit(setField(doc, path, list.length > 0 ? list : undefined));
      }}
      onBlur={() => setDraft(null)}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
    />
  );
}
