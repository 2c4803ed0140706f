import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { t } from '../../app/i18n';
import {
  PROBE_HANDLERS,
  PROBE_KINDS,
  readContainer,
  setProbeHandler,
  type Path,
  type ProbeHandler,
  type ProbeKind,
} from '../../core';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { StringListEditor } from './fields/StringListEditor';
import { useDocSelect, useEdit, useFormDoc } from './form-context';

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

/** One probe of a container: its handler of any type, the handler's fields and its timing. */
/** What the probe sections show: each probe's handlers (null: no probe) and the first port. */
function probeSummary(value: unknown) {
  const container = readContainer(value);
  const firstPort = container.ports[0];
  return {
    handlers: PROBE_KINDS.map((kind) => container.probes[kind]?.handlers ?? null),
    firstPort: { name: firstPort?.name, number: firstPort?.containerPort },
  };
}

export function ProbeFields({ containerPath, probe }: ProbeFieldsProps) {
  const { doc, disabled } = useFormDoc();
  const edit = useEdit();
  const summary = useDocSelect(probeSummary, containerPath);
  const handlers = summary.handlers[PROBE_KINDS.indexOf(probe)] ?? null;
  const probePath = [...containerPath, probe];
  const handler = handlers?.[0];
  const probeLabel = t(`probe.${probe}`);

  const onHandler = (next: ProbeHandler | 'none') =>
    edit(setProbeHandler(doc, probePath, next, handlers ?? [], summary.firstPort));

  return (
    <Box component="section" aria-label={probeLabel} sx={{ display: 'grid', gap: 1.5 }}>
      <TextField
        select
        label={t('probe.handler', { probe: probeLabel })}
        helperText={t(`probe.${probe}.help`)}
        value={handler ?? 'none'}
        disabled={disabled}
        onChange={(event) => onHandler(event.target.value as ProbeHandler | 'none')}
        size="small"
        fullWidth
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="none">{t('probe.handler.none')}</option>
        {PROBE_HANDLERS.map((option) => (
          <option key={option} value={option}>
            {t(`probe.handler.${option}`)}
          </option>
        ))}
      </TextField>
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
    </Box>
  );
}
