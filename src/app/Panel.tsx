import './panel.css';
import type { ReactNode } from 'react';

/**
 * A titled region of the screen that scrolls on its own. Plain elements and static CSS
 * (panel.css): the first view has four panels, whose MUI Box and Typography styles emotion
 * compiled during the first render.
 */
export function Panel({
  id,
  title,
  children,
  scroll = true,
}: {
  id: string;
  title: string;
  children: ReactNode;
  scroll?: boolean;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="kw-panel" aria-labelledby={headingId}>
      <div className="kw-panel__header">
        <h2 id={headingId} className="kw-panel__title">
          {title}
        </h2>
      </div>
      <div id={id} className={scroll ? 'kw-panel__body' : 'kw-panel__body kw-panel__body--clipped'}>
        {children}
      </div>
    </section>
  );
}
