import '../../app/paper.css';
import './object-disclosure.css';
import type { ReactNode } from 'react';

export interface ObjectDisclosureProps {
  /** The summary button's id; the details region is named by it. */
  summaryId: string;
  detailsId: string;
  expanded: boolean;
  onToggle: (open: boolean) => void;
  /** What the summary button shows (and so the region's accessible name). */
  summary: ReactNode;
  children: ReactNode;
}

/**
 * One object's form behind its heading: a button in an `h3` that shows or hides a region named
 * by it. What MUI's Accordion renders, without its height animation (Accordion with Collapse
 * and the transition code is ~8 kB gzip of the first view, and a form appears at once anyway)
 * and in static CSS (object-disclosure.css).
 */
export function ObjectDisclosure({
  summaryId,
  detailsId,
  expanded,
  onToggle,
  summary,
  children,
}: ObjectDisclosureProps) {
  return (
    <div className={expanded ? 'kw-paper kw-object' : 'kw-paper kw-object kw-object--closed'}>
      <h3 className="kw-object__heading">
        <button
          type="button"
          id={summaryId}
          className="kw-object__summary"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => onToggle(!expanded)}
        >
          <span className="kw-object__summary-content">{summary}</span>
          {/* MUI's ExpandMore icon. */}
          <svg
            className={expanded ? 'kw-object__icon kw-object__icon--open' : 'kw-object__icon'}
            focusable="false"
            aria-hidden="true"
            viewBox="0 0 24 24"
          >
            <path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />
          </svg>
        </button>
      </h3>
      {expanded && (
        <div
          role="region"
          id={detailsId}
          aria-labelledby={summaryId}
          className="kw-object__details"
        >
          {children}
        </div>
      )}
    </div>
  );
}
