import './form-layout.css';
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
        <button
          type="button"
          className="kw-icon-button"
          aria-label={label}
          onClick={onRemove}
          disabled={disabled}
        >
          {/* MUI's DeleteOutlined icon. */}
          <svg focusable="false" aria-hidden="true" viewBox="0 0 24 24">
            <path d="M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6zM8 9h8v10H8zm7.5-5-1-1h-5l-1 1H5v2h14V4z" />
          </svg>
        </button>
      )}
    </Hint>
  );
}
