import './form-layout.css';
import { Button } from '../../../app/controls/Button';
import { Icon } from '../../../app/controls/icons';
import { memo, useId, type ReactNode } from 'react';
import { useFormDoc } from '../form-context';
import { useStableCallback } from './use-stable-callback';

export interface ListSectionProps {
  title: string;
  help?: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

/**
 * A titled group of repeated items (ports, env vars, paths…) with an add button. When the items
 * change, the heading and the button stay as they are.
 */
export function ListSection({ title, help, addLabel, onAdd, children }: ListSectionProps) {
  const { disabled } = useFormDoc();
  const headingId = useId();
  const add = useStableCallback(onAdd);
  return (
    <section aria-labelledby={headingId} className="kw-list-section">
      <Heading id={headingId} title={title} help={help} />
      {children}
      <AddButton label={addLabel} onAdd={add} disabled={disabled} />
    </section>
  );
}

const Heading = memo(function Heading({
  id,
  title,
  help,
}: {
  id: string;
  title: string;
  help: string | undefined;
}) {
  return (
    <div>
      <h4 id={id} className="kw-list-section__title">
        {title}
      </h4>
      {help !== undefined && <span className="kw-list-section__help">{help}</span>}
    </div>
  );
});

const AddButton = memo(function AddButton({
  label,
  onAdd,
  disabled,
}: {
  label: string;
  onAdd: () => void;
  disabled: boolean;
}) {
  return (
    <div>
      <Button size="small" startIcon={<Icon name="add" />} onClick={onAdd} disabled={disabled}>
        {label}
      </Button>
    </div>
  );
});
