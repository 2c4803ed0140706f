import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
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
 * by it. What MUI's Accordion renders, without its height animation: Accordion with Collapse and
 * the transition code is ~8 kB gzip of the first view, and a form appears at once anyway.
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
    <Paper sx={expanded ? PAPER : PAPER_CLOSED}>
      <Box component="h3" sx={HEADING}>
        <ButtonBase
          id={summaryId}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => onToggle(!expanded)}
          sx={SUMMARY}
        >
          <Box sx={SUMMARY_CONTENT}>{summary}</Box>
          <ExpandMoreIcon sx={expanded ? ICON_OPEN : ICON} />
        </ButtonBase>
      </Box>
      {expanded && (
        <Box role="region" id={detailsId} aria-labelledby={summaryId} sx={DETAILS}>
          {children}
        </Box>
      )}
    </Paper>
  );
}

// The look of MUI's Accordion with `disableGutters`: a divider between neighbours, rounded ends.
const PAPER = {
  position: 'relative',
  // Only between two objects, as MUI's Accordion draws it.
  '.MuiPaper-root + &::before': {
    content: '""',
    position: 'absolute',
    left: 0,
    right: 0,
    // Strings: in `sx` a size of 1 means 100%.
    top: 0,
    height: '1px',
    bgcolor: 'divider',
    pointerEvents: 'none',
  },
} as const;
/**
 * A closed object out of view is not styled, laid out or painted: with a thousand objects, every
 * frame would lay them all out again. Only closed ones: a closed object's height is its heading's,
 * known in advance, while an open form's would be guessed, and scrolling to a field of another
 * form would then land where the guess was wrong.
 */
const PAPER_CLOSED = {
  ...PAPER,
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 48px',
} as const;
const HEADING = { m: 0, font: 'inherit' } as const;
const SUMMARY = {
  width: '100%',
  minHeight: 48,
  px: 2,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
  textAlign: 'left',
  borderRadius: 'inherit',
  '&.Mui-focusVisible': { bgcolor: 'action.focus' },
} as const;
const SUMMARY_CONTENT = { display: 'flex', flexWrap: 'wrap', flexGrow: 1, my: 1.5 } as const;
const ICON = { color: 'action.active', transition: 'transform 150ms' } as const;
const ICON_OPEN = { ...ICON, transform: 'rotate(180deg)' } as const;
const DETAILS = { px: 2, pt: 1, pb: 2 } as const;
