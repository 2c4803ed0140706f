import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { t } from '../../app/i18n';
import {
  PROBE_KINDS,
  addListItem,
  readContainer,
  nextPortNumber,
  portReferencesTo,
  renamePortReferences,
  removeListItem,
  uniqueName,
  type Path,
} from '../../core';
import { BoundSelect } from './fields/BoundSelect';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { ListSection } from './fields/ListSection';
import { useDocSelect, useEdit, useFormDoc } from './form-context';
import { ProbeFields } from './ProbeFields';
import { RenameOffer } from './RenameOffer';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'].map((value) => ({ value, label: value }));
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'].map((value) => ({ value, label: value }));

const RESOURCE_FIELDS = [
  ['requests', 'cpu'],
  ['requests', 'memory'],
  ['limits', 'cpu'],
  ['limits', 'memory'],
] as const;

/** What the container's own layout depends on: its list of ports and of variables. */
function containerLists(value: unknown) {
  const container = readContainer(value);
  return {
    ports: container.ports.map((port) => ({ name: port.name, containerPort: port.containerPort })),
    env: container.env.map((variable) => ({
      name: variable.name,
      fromReference: variable.fromReference,
    })),
  };
}

/** Every field of one container of a pod template. */
export function ContainerFields({ path }: { path: Path }) {
  const { doc } = useFormDoc();
  const container = useDocSelect(containerLists, path);
  const edit = useEdit();
  const portsPath = [...path, 'ports'];
  const envPath = [...path, 'env'];

  const addPort = () => {
    const next = nextPortNumber(
      container.ports.map((port) => port.containerPort),
      8080,
    );
    edit(
      addListItem(doc, portsPath, {
        name: uniqueName(
          'http',
          container.ports.map((port) => port.name),
        ),
        containerPort: next,
        protocol: 'TCP',
      }),
    );
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <FieldGrid>
        <BoundTextField
          path={[...path, 'name']}
          label={t('container.name')}
          help={t('container.name.help')}
          keepEmpty
        />
        <BoundTextField
          path={[...path, 'image']}
          label={t('container.image')}
          help={t('container.image.help')}
          keepEmpty
        />
        <BoundSelect
          path={[...path, 'imagePullPolicy']}
          label={t('container.imagePullPolicy')}
          help={t('container.imagePullPolicy.help')}
          options={PULL_POLICIES}
        />
      </FieldGrid>

      <ListSection
        title={t('container.ports')}
        help={t('container.ports.help')}
        addLabel={t('container.addPort')}
        onAdd={addPort}
      >
        {container.ports.map((port, index) => (
          <ItemCard
            key={index}
            title={t('container.port', {
              name: port.name ?? String(port.containerPort ?? index + 1),
            })}
            onRemove={() => edit(removeListItem(doc, portsPath, index))}
          >
            <RenameOffer
              path={[...portsPath, index, 'name']}
              references={(parsed, at) => portReferencesTo(parsed, at, [...portsPath, index])}
              rename={(parsed, at, name) =>
                renamePortReferences(parsed, at, [...portsPath, index], name)
              }
            >
              <FieldGrid min={130}>
                <BoundTextField
                  path={[...portsPath, index, 'name']}
                  label={t('port.name')}
                  help={t('port.name.help.container')}
                />
                <BoundTextField
                  path={[...portsPath, index, 'containerPort']}
                  label={t('port.containerPort')}
                  help={t('port.containerPort.help')}
                  kind="integer"
                />
                <BoundSelect
                  path={[...portsPath, index, 'protocol']}
                  label={t('port.protocol')}
                  help={t('port.protocol.help')}
                  options={PROTOCOLS}
                />
              </FieldGrid>
            </RenameOffer>
          </ItemCard>
        ))}
      </ListSection>

      <Box
        component="section"
        aria-label={t('container.resources')}
        sx={{ display: 'grid', gap: 1 }}
      >
        <Typography component="h4" variant="subtitle2">
          {t('container.resources')}
        </Typography>
        <FieldGrid min={150}>
          {RESOURCE_FIELDS.map(([group, resource]) => (
            <BoundTextField
              key={`${group}.${resource}`}
              path={[...path, 'resources', group, resource]}
              label={t(`resources.${group}.${resource}`)}
              help={t(`resources.${group}.${resource}.help`)}
              kind="quantity"
            />
          ))}
        </FieldGrid>
      </Box>

      <ListSection
        title={t('container.env')}
        help={t('container.env.help')}
        addLabel={t('container.addEnv')}
        onAdd={() =>
          edit(
            addListItem(doc, envPath, {
              name: uniqueName(
                'NEW_VARIABLE',
                container.env.map((env) => env.name),
              ),
              value: '',
            }),
          )
        }
      >
        {container.env.map((variable, index) => (
          <ItemCard
            key={index}
            title={t('env.entry', { name: variable.name ?? String(index + 1) })}
            onRemove={() => edit(removeListItem(doc, envPath, index))}
          >
            <FieldGrid min={150}>
              <BoundTextField
                path={[...envPath, index, 'name']}
                label={t('env.name')}
                help={t('env.name.help')}
                keepEmpty
              />
              {variable.fromReference ? (
                <Typography variant="body2" color="text.secondary">
                  {t('env.fromReference')}
                </Typography>
              ) : (
                <BoundTextField
                  path={[...envPath, index, 'value']}
                  label={t('env.value')}
                  help={t('env.value.help')}
                  keepEmpty
                />
              )}
            </FieldGrid>
          </ItemCard>
        ))}
      </ListSection>

      {PROBE_KINDS.map((probe) => (
        <ProbeFields key={probe} containerPath={path} probe={probe} />
      ))}
    </Box>
  );
}
