import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { onDemand, prefetchProps, useOnDemand } from '../../app/on-demand';
import type { Reference } from '../../core';
import { useManifest } from '../../state/store';

// The confirmation and the code that finds what would break: fetched on hover, focus or click.
const removeDialog = onDemand(() => import('./RemoveObjectDialog'));

/**
 * Removes one object (its whole document) after a confirmation that names what would break:
 * the references to it that would no longer resolve. Undo brings it back.
 */
export function RemoveObjectButton({
  doc,
  title,
  disabled,
}: {
  doc: number;
  title: string;
  disabled: boolean;
}) {
  const [dependents, setDependents] = useState<readonly Reference[] | null>(null);
  const [dialog, request] = useOnDemand(removeDialog);
  const close = () => setDependents(null);
  const ask = async () => {
    const loaded = await request();
    if (loaded) setDependents(loaded.dependentsOf(useManifest.getState().parsed, doc));
  };
  const remove = () => {
    useManifest.getState().apply([{ type: 'removeDocument', doc }], 'form');
    close();
  };
  return (
    <>
      <Button
        size="small"
        color="error"
        startIcon={<Icon name="deleteOutlined" />}
        disabled={disabled}
        onClick={() => void ask()}
        {...prefetchProps(removeDialog)}
      >
        {t('object.remove', { object: title })}
      </Button>
      {dialog && (
        <dialog.RemoveObjectDialog
          title={title}
          dependents={dependents}
          onCancel={close}
          onConfirm={remove}
        />
      )}
    </>
  );
}
