import { memo } from 'react';
import { t } from '../../app/i18n';
import { metaPath } from '../../core';
import type { FormKind } from './form-kind';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { RenameOffer } from './RenameOffer';

/** Name, namespace, labels and annotations: the fields every object has. */
const OBJECT_NAME = { kind: 'object' } as const;

export const MetadataFields = memo(function MetadataFields({
  kind,
  annotations = false,
}: {
  kind: FormKind;
  annotations?: boolean;
}) {
  return (
    <>
      <FieldGrid>
        <RenameOffer path={metaPath.name} target={OBJECT_NAME}>
          <BoundTextField
            path={metaPath.name}
            label={t('meta.name')}
            help={t(`meta.name.help.${kind}`)}
            keepEmpty
          />
        </RenameOffer>
        <BoundTextField
          path={metaPath.namespace}
          label={t('meta.namespace')}
          help={t('meta.namespace.help')}
        />
      </FieldGrid>
      <KeyValueEditor
        mapPath={metaPath.labels}
        title={t('meta.labels')}
        help={t('meta.labels.help')}
        newKey="app"
      />
      {annotations && (
        <KeyValueEditor
          mapPath={metaPath.annotations}
          title={t('meta.annotations')}
          help={t('meta.annotations.help')}
        />
      )}
    </>
  );
});
