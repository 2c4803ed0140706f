import './form-layout.css';
import { memo, useId, type ReactNode } from 'react';
import { RemoveButton } from './RemoveButton';
import { useStableCallback } from './use-stable-callback';

export interface ItemCardProps {
  title: string;
  onRemove?: () => void;
  children: ReactNode;
}

/**
 * One item of a list (a port, an env var, a path) with its remove button. The header renders
 * again only when the title changes, not whenever the list does.
 */
export function ItemCard({ title, onRemove, children }: ItemCardProps) {
  const headingId = useId();
  const remove = useStableCallback(() => onRemove?.());
  return (
    <section aria-labelledby={headingId} className="kw-item-card">
      <Header id={headingId} title={title} onRemove={onRemove ? remove : undefined} />
      {children}
    </section>
  );
}

const Header = memo(function Header({
  id,
  title,
  onRemove,
}: {
  id: string;
  title: string;
  onRemove: (() => void) | undefined;
}) {
  return (
    <div className="kw-item-card__header">
      <h5 id={id} className="kw-item-card__title">
        {title}
      </h5>
      {onRemove && <RemoveButton what={title} onRemove={onRemove} />}
    </div>
  );
});
