import { t } from '../../app/i18n';
import {
  addListItem,
  deploymentPath,
  readDeployment,
  removeListItem,
  uniqueName,
} from '../../core';
import { ContainerFields } from './ContainerFields';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { ListSection } from './fields/ListSection';
import { useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

export function DeploymentForm() {
  const { doc, object } = useFormDoc();
  const edit = useEdit();
  const deployment = readDeployment(object);
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
        onAdd={() =>
          edit(
            addListItem(doc, deploymentPath.containers, {
              name: uniqueName(
                'sidecar',
                deployment.containers.map((container) => container.name),
              ),
              image: '',
            }),
          )
        }
      >
        {deployment.containers.map((container, index) => (
          <ItemCard
            key={index}
            title={t('deployment.container', { name: container.name ?? String(index + 1) })}
            onRemove={
              deployment.containers.length > 1
                ? () => edit(removeListItem(doc, deploymentPath.containers, index))
                : undefined
            }
          >
            <ContainerFields container={container} path={deploymentPath.container(index)} />
          </ItemCard>
        ))}
      </ListSection>
    </>
  );
}
