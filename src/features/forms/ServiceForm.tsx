import { memo } from 'react';
import { t } from '../../app/i18n';
import {
  addListItem,
  nextPortNumber,
  readService,
  removeListItem,
  servicePath,
  uniqueName,
} from '../../core';
import { asNumber, asRecord, asString } from '../../core/model/read';
import { PROTOCOLS } from './ContainerFields';
import { BoundSelect } from './fields/BoundSelect';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { ListSection } from './fields/ListSection';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';
import { RenameOffer } from './RenameOffer';

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].map((value) => ({
  value,
  label: value,
}));

/** The form renders again only when a port is added or removed; a port's card, when it changes. */
const portCount = (object: unknown) => readService(object).ports.length;

export function ServiceForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const count = useDocSelect(portCount);

  const addPort = () => {
    // Read when clicked: the form does not follow the ports' names and numbers.
    const ports = readService(currentDocValue(doc)).ports;
    const next = nextPortNumber(
      ports.map((port) => port.port),
      80,
    );
    const name = uniqueName(
      'http',
      ports.map((port) => port.name),
    );
    edit(
      addListItem(doc, servicePath.ports, { name, port: next, targetPort: next, protocol: 'TCP' }),
    );
  };

  return (
    <>
      <MetadataFields kind="Service" annotations />
      <FieldGrid>
        <BoundSelect
          path={servicePath.type}
          label={t('service.type')}
          help={t('service.type.help')}
          options={SERVICE_TYPES}
        />
      </FieldGrid>
      <KeyValueEditor
        mapPath={servicePath.selector}
        title={t('service.selector')}
        help={t('service.selector.help')}
        newKey="app"
      />
      <ListSection
        title={t('service.ports')}
        help={t('service.ports.help')}
        addLabel={t('service.addPort')}
        onAdd={addPort}
      >
        {Array.from({ length: count }, (_, index) => (
          <ServicePortCard key={index} index={index} />
        ))}
      </ListSection>
    </>
  );
}

/** What a port's title shows: its name, else its number. */
const portLabel = (value: unknown) => {
  const port = asRecord(value);
  return asString(port.name) ?? asNumber(port.port);
};

/** One port: typing in its fields renders its title when that changes, and nothing else. */
const ServicePortCard = memo(function ServicePortCard({ index }: { index: number }) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const portPath = servicePath.port(index);
  const label = useDocSelect(portLabel, portPath);
  return (
    <ItemCard
      title={t('service.port', { name: String(label ?? index + 1) })}
      onRemove={() => edit(removeListItem(doc, servicePath.ports, index))}
    >
      <ServicePortFields index={index} />
    </ItemCard>
  );
});

/** The port's fields: they depend on the index only, so a new title does not render them. */
const ServicePortFields = memo(function ServicePortFields({ index }: { index: number }) {
  const portPath = servicePath.port(index);
  return (
    <RenameOffer path={[...portPath, 'name']} target={{ kind: 'port', portPath }}>
      <FieldGrid min={130}>
        <BoundTextField
          path={[...portPath, 'name']}
          label={t('servicePort.name')}
          help={t('servicePort.name.help')}
        />
        <BoundTextField
          path={[...portPath, 'port']}
          label={t('servicePort.port')}
          help={t('servicePort.port.help')}
          kind="integer"
        />
        <BoundTextField
          path={[...portPath, 'targetPort']}
          label={t('servicePort.targetPort')}
          help={t('servicePort.targetPort.help')}
          kind="intOrString"
        />
        <BoundSelect
          path={[...portPath, 'protocol']}
          label={t('port.protocol')}
          help={t('port.protocol.help')}
          options={PROTOCOLS}
        />
        <BoundTextField
          path={[...portPath, 'appProtocol']}
          label={t('servicePort.appProtocol')}
          help={t('servicePort.appProtocol.help')}
        />
      </FieldGrid>
    </RenameOffer>
  );
});
