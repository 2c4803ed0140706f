import { memo, useId, useState } from 'react';
import { t } from '../../app/i18n';
import { asArray, setField, type Path } from '../../core';
import { helperIdOf, OutlinedField, OutlinedFieldInput } from './fields/OutlinedField';
import { sameProps } from './fields/same-props';
import { useDocSelect, useEdit, useFormDoc } from './form-context';

/** A list of host names typed as one comma-separated line, written as a YAML list. */
const hostsOf = (value: unknown) =>
  asArray(value).filter((host): host is string => typeof host === 'string');

export const HostListField = memo(function HostListField({
  path,
  label = t('tls.hosts'),
  help = t('tls.hosts.help'),
}: {
  path: Path;
  label?: string;
  help?: string;
}) {
  const { doc, disabled } = useFormDoc();
  const hosts = useDocSelect(hostsOf, path);
  const edit = useEdit();
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  return (
    <OutlinedField
      id={id}
      label={label}
      helperText={help}
      helperColor={undefined}
      error={false}
      disabled={disabled}
    >
      <OutlinedFieldInput
        id={id}
        label={label}
        describedBy={helperIdOf(id, help)}
        value={draft ?? hosts.join(', ')}
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
      />
    </OutlinedField>
  );
}, sameProps);
