import { IconButton } from '../../../app/controls/Button';
import { Icon } from '../../../app/controls/icons';
import { Hint } from '../../../app/Hint';
import { t } from '../../../app/i18n';
import { useFormDoc } from '../form-context';

/** An icon button that removes `what`; its accessible name says what it removes. */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  const { disabled } = useFormDoc();
  const label = t('forms.remove', { what });
  return (
    // The hint shows the name to sighted users; it works over the disabled button too.
    <Hint title={label}>
      {() => (
        <IconButton size="small" aria-label={label} onClick={onRemove} disabled={disabled}>
          <Icon name="deleteOutlined" />
        </IconButton>
      )}
    </Hint>
  );
}
