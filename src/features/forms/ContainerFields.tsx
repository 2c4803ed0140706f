import './fields/form-layout.css';
import { memo } from 'react';
import { t } from '../../app/i18n';
import {
  PROBE_KINDS,
  addListItem,
  readContainer,
  nextPortNumber,
  removeListItem,
  uniqueName,
  type Path,
} from '../../core';
import { asNumber, asRecord, asString } from '../../core/model/read';
import { BoundSelect } from './fields/BoundSelect';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { ListSection } from './fields/ListSection';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { sameProps } from './fields/same-props';
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

/**
 * What the container's own layout depends on: how many ports, and which variables come from a
 * reference. Names and numbers are in each item's card, which follows them itself.
 */
function containerLayout(value: unknown) {
  const container = readContainer(value);
  return {
    ports: container.ports.length,
    env: container.env.map((variable) => variable.fromReference),
  };
}

/** Every field of one container of a pod template. */
export const ContainerFields = memo(function ContainerFields({ path }: { path: Path }) {
  const { doc } = useFormDoc();
  const layout = useDocSelect(containerLayout, path);
  const edit = useEdit();
  const portsPath = [...path, 'ports'];
  const envPath = [...path, 'env'];

  // Read when clicked: the container does not follow its ports' and variables' names.
  const addPort = () => {
    const { ports } = readContainer(currentDocValue(doc, path));
    const next = nextPortNumber(
      ports.map((port) => port.containerPort),
      8080,
    );
    edit(
      addListItem(doc, portsPath, {
        name: uniqueName(
          'http',
          ports.map((port) => port.name),
        ),
        containerPort: next,
        protocol: 'TCP',
      }),
    );
  };
  const addVariable = () => {
    const { env } = readContainer(currentDocValue(doc, path));
    edit(
      addListItem(doc, envPath, {
        name: uniqueName(
          'NEW_VARIABLE',
          env.map((variable) => variable.name),
        ),
        value: '',
      }),
    );
  };

  return (
    <div className="kw-stack-16">
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
        {Array.from({ length: layout.ports }, (_, index) => (
          <PortCard key={index} portsPath={portsPath} index={index} />
        ))}
      </ListSection>

      <section aria-label={t('container.resources')} className="kw-stack-8">
        <h4 className="kw-list-section__title">{t('container.resources')}</h4>
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
      </section>

      <ListSection
        title={t('container.env')}
        help={t('container.env.help')}
        addLabel={t('container.addEnv')}
        onAdd={addVariable}
      >
        {layout.env.map((fromReference, index) => (
          <VariableCard key={index} envPath={envPath} index={index} fromReference={fromReference} />
        ))}
      </ListSection>

      {PROBE_KINDS.map((probe) => (
        <ProbeFields key={probe} containerPath={path} probe={probe} />
      ))}
    </div>
  );
}, sameProps);

const portLabel = (value: unknown) => {
  const port = asRecord(value);
  return asString(port.name) ?? asNumber(port.containerPort);
};

/** One container port: typing its name or number renders its title, and nothing else. */
const PortCard = memo(function PortCard({ portsPath, index }: { portsPath: Path; index: number }) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const label = useDocSelect(portLabel, [...portsPath, index]);
  return (
    <ItemCard
      title={t('container.port', { name: String(label ?? index + 1) })}
      onRemove={() => edit(removeListItem(doc, portsPath, index))}
    >
      <PortFields portsPath={portsPath} index={index} />
    </ItemCard>
  );
}, sameProps);

const PortFields = memo(function PortFields({
  portsPath,
  index,
}: {
  portsPath: Path;
  index: number;
}) {
  return (
    <RenameOffer
      path={[...portsPath, index, 'name']}
      target={{ kind: 'port', portPath: [...portsPath, index] }}
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
  );
}, sameProps);

const variableName = (value: unknown) => asString(asRecord(value).name);

/** Which environment variable, and whether it takes its value from a reference. */
interface VariableProps {
  envPath: Path;
  index: number;
  fromReference: boolean;
}

/** One environment variable: typing its name renders its title, and nothing else. */
const VariableCard = memo(function VariableCard({ envPath, index, fromReference }: VariableProps) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const name = useDocSelect(variableName, [...envPath, index]);
  return (
    <ItemCard
      title={t('env.entry', { name: name ?? String(index + 1) })}
      onRemove={() => edit(removeListItem(doc, envPath, index))}
    >
      <VariableFields envPath={envPath} index={index} fromReference={fromReference} />
    </ItemCard>
  );
}, sameProps);

const VariableFields = memo(function VariableFields({
  envPath,
  index,
  fromReference,
}: VariableProps) {
  return (
    <FieldGrid min={150}>
      <BoundTextField
        path={[...envPath, index, 'name']}
        label={t('env.name')}
        help={t('env.name.help')}
        keepEmpty
      />
      {fromReference ? (
        <p className="kw-note">{t('env.fromReference')}</p>
      ) : (
        <BoundTextField
          path={[...envPath, index, 'value']}
          label={t('env.value')}
          help={t('env.value.help')}
          keepEmpty
        />
      )}
    </FieldGrid>
  );
}, sameProps);
