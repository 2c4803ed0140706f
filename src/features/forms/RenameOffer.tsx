import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { t } from '../../app/i18n';
import type { EditCommand, ParsedManifest, Path, Reference } from '../../core';
import { useManifest } from '../../state/store';
import { useDocValue, useEdit, useFormDoc } from './form-context';

export interface RenameOfferProps {
  /** The name field: an object's `metadata.name` or a port's `name`. */
  path: Path;
  /** The places that use the name, in the manifest as it was before renaming. */
  references: (parsed: ParsedManifest, doc: number) => Reference[];
  /** The commands that rename it and every reference, from the manifest before renaming. */
  rename: (parsed: ParsedManifest, doc: number, newName: string) => EditCommand[];
  children: ReactNode;
}

interface Before {
  name: unknown;
  parsed: ParsedManifest;
  count: number;
}

/**
 * Wraps a name field: once the name differs from what it was when the field got focus, and
 * other fields used the old name, offers to update them all in one step. The field itself
 * writes only the name, so a rename the user did not mean never rewrites anything else.
 */
export function RenameOffer({ path, references, rename, children }: RenameOfferProps) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const current = useDocValue(path);
  const [before, setBefore] = useState<Before | null>(null);
  const remember = () => {
    if (before !== null) return;
    const { parsed } = useManifest.getState();
    setBefore({ name: current, parsed, count: references(parsed, doc).length });
  };
  const offer =
    before !== null &&
    before.count > 0 &&
    typeof before.name === 'string' &&
    typeof current === 'string' &&
    current !== '' &&
    current !== before.name;

  const update = () => {
    if (!before || typeof current !== 'string') return;
    const result = edit(rename(before.parsed, doc, current));
    if (result.ok) setBefore(null);
  };

  return (
    <Box onFocus={remember} sx={{ display: 'grid', gap: 1, minWidth: 0 }}>
      {children}
      {offer && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={update}>
              {t('rename.update', { name: current })}
            </Button>
          }
        >
          {t('rename.offer', { count: before.count, old: String(before.name), name: current })}
        </Alert>
      )}
    </Box>
  );
}
