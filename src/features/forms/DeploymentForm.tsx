import { memo } from 'react';
import { t } from '../../app/i18n';
import {
  addListItem,
  deploymentPath,
  readDeployment,
  removeListItem,
  uniqueName,
} from '../../core';
import { asRecord, asString } from '../../core/model/read';
import { ContainerFields } from './ContainerFields';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { ListSection } from './fields/ListSection';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

/** The form renders again only when a container is added or removed. */
const containerCount = (object: unknown) => readDeployment(object).containers.length;

export function DeploymentForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const count = useDocSelect(containerCount);
  return (
    <>
      <MetadataFields kind="Deployment" />
      <FieldGrid>
        <BoundTextField
          path={deploymentPath.replicas}
          label={t('deployment.replicas')}
          help={t('deployment.replicas.help')}
          kind="integer"
        />
      </FieldGrid>
      <KeyValueEditor
        mapPath={deploymentPath.matchLabels}
        title={t('deployment.matchLabels')}
        help={t('deployment.matchLabels.help')}
        newKey="app"
      />
      <KeyValueEditor
        mapPath={deploymentPath.templateLabels}
        title={t('deployment.templateLabels')}
        help={t('deployment.templateLabels.help')}
        newKey="app"
      />
      <ListSection
        title={t('deployment.containers')}
        addLabel={t('deployment.addContainer')}
        onAdd={() => {
          // Read when clicked: the form does not follow the containers' names.
          const names = readDeployment(currentDocValue(doc)).containers.map((c) => c.name);
          edit(
            addListItem(doc, deploymentPath.containers, {
              name: uniqueName('sidecar', names),
              image: '',
            }),
          );
        }}
      >
        {Array.from({ length: count }, (_, index) => (
          <ContainerCard key={index} index={index} removable={count > 1} />
        ))}
      </ListSection>
    </>
  );
}

const nameOf = (value: unknown) => asString(asRecord(value).name);

/** One container: typing its name renders its title, not the form. */
const ContainerCard = memo(function ContainerCard({
  index,
  removable,
}: {
  index: number;
  /** A Deployment keeps at least one container. */
  removable: boolean;
}) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const path = deploymentPath.container(index);
  const name = useDocSelect(nameOf, path);
  return (
    <ItemCard
      title={t('deployment.container', { name: name ?? String(index + 1) })}
      onRemove={
        removable ? () => edit(removeListItem(doc, deploymentPath.containers, index)) : undefined
      }
    >
      <ContainerFields path={path} />
    </ItemCard>
  );
});
