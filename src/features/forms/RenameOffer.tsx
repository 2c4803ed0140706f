import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { memo, useState, type ReactNode } from 'react';
import { t } from '../../app/i18n';
import {
  getPath,
  type EditCommand,
  type ParsedManifest,
  type Path,
  type Reference,
} from '../../core';
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
 *
 * Only the offer follows the name as it is typed: the wrapper and the fields in it stay.
 */
export function RenameOffer({ path, references, rename, children }: RenameOfferProps) {
  const { doc } = useFormDoc();
  const [before, setBefore] = useState<Before | null>(null);
  const remember = () => {
    if (before !== null) return;
    const { parsed, objects } = useManifest.getState();
    const name = getPath(objects[doc], path);
    setBefore({ name, parsed, count: references(parsed, doc).length });
  };
  return (
    <Box onFocus={remember} sx={WRAPPER}>
      {children}
      {before !== null && before.count > 0 && (
        <Offer path={path} before={before} rename={rename} onDone={() => setBefore(null)} />
      )}
    </Box>
  );
}

const WRAPPER = { display: 'grid', gap: 1, minWidth: 0 } as const;

const Offer = memo(function Offer({
  path,
  before,
  rename,
  onDone,
}: {
  path: Path;
  before: Before;
  rename: RenameOfferProps['rename'];
  onDone: () => void;
}) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const current = useDocValue(path);
  if (
    typeof before.name !== 'string' ||
    typeof current !== 'string' ||
    current === '' ||
    current === before.name
  )
    return null;

  const update = () => {
    const result = edit(rename(before.parsed, doc, current));
    if (result.ok) onDone();
  };

  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={update}>
          {t('rename.update', { name: current })}
        </Button>
      }
    >
      {t('rename.offer', { count: before.count, old: before.name, name: current })}
    </Alert>
  );
});
