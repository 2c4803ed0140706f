import './fields/form-layout.css';
import { Alert } from '../../app/controls/Alert';
import { Button } from '../../app/controls/Button';
import { memo, useRef, useState, type ReactNode } from 'react';
import { onDemand } from '../../app/on-demand';
import { t } from '../../app/i18n';
import { getPath, type ParsedManifest, type Path } from '../../core';
import { useManifest } from '../../state/store';
import { useDocValue, useEdit, useFormDoc } from './form-context';
import type { RenameTarget } from './rename-refactor';

/** The link resolver behind the references: loaded when a name field first gets focus. */
const refactor = onDemand(() => import('./rename-refactor'));

export interface RenameOfferProps {
  /** The name field: an object's `metadata.name` or a port's `name`. */
  path: Path;
  /** Whose name it is: the object's, or the port's at a path. */
  target: RenameTarget;
  children: ReactNode;
}

interface Before {
  name: unknown;
  parsed: ParsedManifest;
  /** How many other fields used the name, in the manifest as it was before renaming. */
  count: number;
}

/**
 * Wraps a name field: once the name differs from what it was when the field got focus, and
 * other fields used the old name, offers to update them all in one step. The field itself
 * writes only the name, so a rename the user did not mean never rewrites anything else.
 *
 * Only the offer follows the name as it is typed: the wrapper and the fields in it stay.
 */
export function RenameOffer({ path, target, children }: RenameOfferProps) {
  const { doc } = useFormDoc();
  const [before, setBefore] = useState<Before | null>(null);
  // The name and manifest at focus time; the references are counted once the code is there.
  const remembering = useRef(false);
  const remember = () => {
    if (before !== null || remembering.current) return;
    remembering.current = true;
    const { parsed, objects } = useManifest.getState();
    const name = getPath(objects[doc], path);
    // Focusing a field is no request for code: a failed load just means no offer.
    void refactor.loadQuietly().then((module) => {
      remembering.current = false;
      if (module)
        setBefore({ name, parsed, count: module.referencesOf(target, parsed, doc).length });
    });
  };
  return (
    <div onFocus={remember} className="kw-rename-offer">
      {children}
      {before !== null && before.count > 0 && (
        <Offer path={path} target={target} before={before} onDone={() => setBefore(null)} />
      )}
    </div>
  );
}

const Offer = memo(function Offer({
  path,
  target,
  before,
  onDone,
}: {
  path: Path;
  target: RenameTarget;
  before: Before;
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
    // Shown only once `before` was counted, so the module is there.
    const module = refactor.loaded();
    if (!module) return;
    const result = edit(module.renameCommands(target, before.parsed, doc, current));
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
