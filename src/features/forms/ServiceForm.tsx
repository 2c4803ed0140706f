import { t } from '../../app/i18n';
import {
  addListItem,
  nextPortNumber,
  portReferencesTo,
  renamePortReferences,
  readService,
  removeListItem,
  servicePath,
  uniqueName,
} from '../../core';
import { PROTOCOLS } from './ContainerFields';
import { BoundSelect } from './fields/BoundSelect';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { ListSection } from './fields/ListSection';
import { useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';
import { RenameOffer } from './RenameOffer';

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].map((value) => ({
  value,
  label: value,
}));

/** The form renders again only when a port is added, removed, renamed or renumbered. */
const servicePorts = (object: unknown) =>
  readService(object).ports.map((port) => ({ name: port.name, port: port.port }));

export function ServiceForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const ports = useDocSelect(servicePorts);

  const addPort = () => {
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
        {ports.map((port, index) => {
          const portPath = servicePath.port(index);
          return (
            <ItemCard
              key={index}
              title={t('service.port', { name: port.name ?? String(port.port ?? index + 1) })}
              onRemove={() => edit(removeListItem(doc, servicePath.ports, index))}
            >
              <RenameOffer
                path={[...portPath, 'name']}
                references={(parsed, at) => portReferencesTo(parsed, at, portPath)}
                rename={(parsed, at, name) => renamePortReferences(parsed, at, portPath, name)}
              >
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
            </ItemCard>
          );
        })}
      </ListSection>
    </>
  );
}
