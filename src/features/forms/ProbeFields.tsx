import './fields/form-layout.css';
import { memo } from 'react';
import { t } from '../../app/i18n';
import { readProbe } from '../../core/model/kinds';
import {
  PROBE_HANDLERS,
  readContainer,
  setProbeHandler,
  type Path,
  type ProbeHandler,
  type ProbeKind,
} from '../../core';
import { BoundTextField } from './fields/BoundTextField';
import { SelectField } from './fields/SelectField';
import { FieldGrid } from './fields/FieldGrid';
import { StringListEditor } from './fields/StringListEditor';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { sameProps } from './fields/same-props';

const TIMING_FIELDS = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'failureThreshold',
  'successThreshold',
] as const;

export interface ProbeFieldsProps {
  containerPath: Path;
  probe: ProbeKind;
}

/** The handlers a probe has (null: no probe), read from the probe alone. */
const handlersOf = (value: unknown) => readProbe(value)?.handlers ?? null;

/** One probe of a container: its handler of any type, the handler's fields and its timing. */
export const ProbeFields = memo(function ProbeFields({ containerPath, probe }: ProbeFieldsProps) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const probePath = [...containerPath, probe];
  const handlers = useDocSelect(handlersOf, probePath);
  const handler = handlers?.[0];
  const probeLabel = t(`probe.${probe}`);

  const onHandler = (next: ProbeHandler | 'none') => {
    // The first port is read when the handler changes: the probe does not follow the ports.
    const firstPort = readContainer(currentDocValue(doc, containerPath)).ports[0];
    edit(
      setProbeHandler(doc, probePath, next, handlers ?? [], {
        name: firstPort?.name,
        number: firstPort?.containerPort,
      }),
    );
  };

  return (
    <section aria-label={probeLabel} className="kw-stack-12">
      <SelectField
        label={t('probe.handler', { probe: probeLabel })}
        helperText={t(`probe.${probe}.help`)}
        value={handler ?? 'none'}
        disabled={disabled}
        onChange={(next) => onHandler(next as ProbeHandler | 'none')}
      >
        <option value="none">{t('probe.handler.none')}</option>
        {PROBE_HANDLERS.map((option) => (
          <option key={option} value={option}>
            {t(`probe.handler.${option}`)}
          </option>
        ))}
      </SelectField>
      {handler === 'exec' && (
        <StringListEditor
          path={[...probePath, 'exec', 'command']}
          title={`${probeLabel}: ${t('probe.command')}`}
          help={t('probe.command.help')}
          addLabel={t('probe.addCommandPart')}
          itemLabel={(index) => `${probeLabel}: ${t('probe.commandPart', { index: index + 1 })}`}
        />
      )}
      {(handler === 'httpGet' || handler === 'tcpSocket' || handler === 'grpc') && (
        <FieldGrid>
          {handler === 'httpGet' && (
            <BoundTextField
              path={[...probePath, 'httpGet', 'path']}
              label={`${probeLabel}: ${t('probe.path')}`}
              help={t('probe.path.help')}
            />
          )}
          <BoundTextField
            path={[...probePath, handler, 'port']}
            label={`${probeLabel}: ${t('probe.port')}`}
            help={handler === 'grpc' ? t('probe.port.help.grpc') : t('probe.port.help.named')}
            kind={handler === 'grpc' ? 'integer' : 'intOrString'}
          />
          {handler === 'grpc' && (
            <BoundTextField
              path={[...probePath, 'grpc', 'service']}
              label={`${probeLabel}: ${t('probe.grpcService')}`}
              help={t('probe.grpcService.help')}
            />
          )}
        </FieldGrid>
      )}
      {handlers !== null && (
        <FieldGrid min={150}>
          {TIMING_FIELDS.map((field) => (
            <BoundTextField
              key={field}
              path={[...probePath, field]}
              label={`${probeLabel}: ${t(`probe.${field}`)}`}
              help={t(`probe.${field}.help`)}
              kind="integer"
            />
          ))}
        </FieldGrid>
      )}
    </section>
  );
}, sameProps);
