import { memo } from 'react';
import { t } from '../../app/i18n';
import { readBackend, setBackendPort, type Path } from '../../core';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { SelectField } from './fields/SelectField';
import { sameProps } from './fields/same-props';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';

const backendPort = (value: unknown) => {
  const backend = readBackend(value);
  return { name: backend.portName, number: backend.portNumber };
};

/** Whether the port is given by number or by name: typing either keeps it, so it stays put. */
const portMode = (value: unknown) => {
  const current = backendPort(value);
  return current.number !== undefined && current.name === undefined ? 'number' : 'name';
};

/**
 * An Ingress backend: the Service name and its port, by name or by number. Switching the mode
 * removes the other field in the same edit, because the API rejects a backend with both.
 */
export const BackendFields = memo(function BackendFields({
  path,
  defaultPort,
}: {
  path: Path;
  defaultPort: number;
}) {
  const { doc, disabled } = useFormDoc();
  const mode = useDocSelect(portMode, path);
  const edit = useEdit();
  const portPath = [...path, 'service', 'port'];
  return (
    <FieldGrid min={150}>
      <BoundTextField
        path={[...path, 'service', 'name']}
        label={t('backend.service')}
        help={t('backend.service.help')}
        keepEmpty
      />
      <SelectField
        label={t('backend.portMode')}
        helperText={t('backend.portMode.help')}
        value={mode}
        disabled={disabled}
        onChange={(next) =>
          edit(
            setBackendPort(
              doc,
              path,
              next === 'number' ? { number: defaultPort } : { name: 'grpc' },
              backendPort(currentDocValue(doc, path)),
            ),
          )
        }
      >
        <option value="name">{t('backend.portMode.name')}</option>
        <option value="number">{t('backend.portMode.number')}</option>
      </SelectField>
      {mode === 'name' ? (
        <BoundTextField
          path={[...portPath, 'name']}
          label={t('backend.portName')}
          help={t('backend.portName.help')}
          keepEmpty
        />
      ) : (
        <BoundTextField
          path={[...portPath, 'number']}
          label={t('backend.portNumber')}
          help={t('backend.portNumber.help')}
          kind="integer"
        />
      )}
    </FieldGrid>
  );
}, sameProps);
