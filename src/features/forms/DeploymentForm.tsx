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
import { useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

/** The form renders again only when a container is added, removed or renamed. */
const containerNames = (object: unknown) =>
  readDeployment(object).containers.map((container) => container.name);

export function DeploymentForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const names = useDocSelect(containerNames);
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
              name: uniqueName('sidecar', names),
              image: '',
            }),
          )
        }
      >
        {names.map((name, index) => (
          <ItemCard
            key={index}
            title={t('deployment.container', { name: name ?? String(index + 1) })}
            onRemove={
              names.length > 1
                ? () => edit(removeListItem(doc, deploymentPath.containers, index))
                : undefined
            }
          >
            <ContainerFields path={deploymentPath.container(index)} />
          </ItemCard>
        ))}
      </ListSection>
    </>
  );
}
