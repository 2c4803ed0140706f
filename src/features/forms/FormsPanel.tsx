import './fields/form-layout.css';
import './forms-panel.css';
import { Alert } from '../../app/controls/Alert';
import { memo, useCallback, useMemo, useState } from 'react';
import { t } from '../../app/i18n';
import { useProgressiveCount } from '../../app/use-progressive-count';
import { sourcesOfDocuments } from '../../core';
import { equalValues } from '../../state/keep-equal';
import { useManifest, type ManifestState } from '../../state/store';
import { useManifestSelector } from '../../state/use-manifest-selector';
import { DeploymentForm } from './DeploymentForm';
import { FormDocContext } from './form-context';
import { formKindOf, type FormKind } from './form-kind';
import { IngressForm } from './IngressForm';
import { ObjectDisclosure } from './ObjectDisclosure';
import { RemoveObjectButton } from './RemoveObjectButton';
import { RouteForm } from './RouteForm';
import { AddAppButton } from '../objects/AddAppButton';
import { ServiceForm } from './ServiceForm';
import { useFocusSelection } from './use-focus-selection';

// Memoised: renaming an object renders its section's heading, not its whole form.
const FORMS: Record<FormKind, React.ComponentType> = {
  GRPCRoute: memo(RouteForm),
  Ingress: memo(IngressForm),
  Service: memo(ServiceForm),
  Deployment: memo(DeploymentForm),
};

/**
 * Past this many objects the forms start collapsed (a generated or imported manifest): a
 * collapsed form is not mounted, so the page stays quick; the user opens the ones they want.
 */
const MANY_OBJECTS = 12;

/** One form per object of the manifest; objects of other kinds are listed and kept as they are. */
export function FormsPanel() {
  // Only what the user opened or closed; the rest follows the default for the manifest's size.
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const setOpen = useCallback((doc: number, open: boolean) => {
    setToggled((current) => {
      if (current.get(doc) === open) return current;
      const next = new Map(current);
      next.set(doc, open);
      return next;
    });
  }, []);
  const expand = useCallback((doc: number) => setOpen(doc, true), [setOpen]);
  useFocusSelection(expand);
  const firstError = useManifest((state) => state.parsed.syntaxErrors[0]);
  const disabled = firstError !== undefined;
  const reading = useManifest((state) => state.reading);
  const sections = useManifestSelector(sectionsOf, equalValues);
  const openByDefault = sections.length <= MANY_OBJECTS;
  const opened = useManifest((state) => state.opened);
  // A section chosen from a problem or the diagram is there at once, to be focused.
  const chosen = useManifest((state) => state.selection?.doc);
  const atLeast = chosen === undefined ? 0 : sections.findIndex((s) => s.index === chosen) + 1;
  const shown = useProgressiveCount(sections.length, { epoch: opened, atLeast });

  return (
    <div className="kw-forms-panel">
      {firstError && (
        <Alert severity="error" role="alert">
          {t('yaml.frozen', {
            line: firstError.start.line,
            column: firstError.start.column,
            message: firstError.message,
          })}
        </Alert>
      )}
      <div className="kw-forms-panel__actions">
        <AddAppButton />
        <p className="kw-note" aria-live="polite">
          {reading ? t('reading.status') : ''}
        </p>
      </div>
      {sections.length === 0 && <p className="kw-forms-panel__empty">{t('forms.empty')}</p>}
      {!openByDefault && (
        <p className="kw-note">{t('forms.collapsedMany', { count: sections.length })}</p>
      )}
      {sections.slice(0, shown).map((section) => (
        <ObjectSection
          key={section.index}
          {...section}
          disabled={disabled}
          expanded={toggled.get(section.index) ?? openByDefault}
          onToggle={setOpen}
        />
      ))}
    </div>
  );
}

let lastSections: { parsed: ManifestState['lastValid']; sections: SectionHeading[] } | undefined;

interface SectionHeading {
  index: number;
  kind: string | undefined;
  modelled: FormKind | undefined;
  name: string | undefined;
  empty: boolean;
  source: string | undefined;
}

/** What a section's heading shows, per document: compared by value, so typing does not change it. */
function sectionsOf(state: ManifestState) {
  const { lastValid } = state;
  // Every store change asks; only a new parse changes the answer.
  if (lastSections?.parsed === lastValid) return lastSections.sections;
  const sources = sourcesOfDocuments(lastValid.text, lastValid.documents);
  const sections = lastValid.documents.map((doc, i): SectionHeading => ({
    index: doc.index,
    kind: doc.kind,
    modelled: formKindOf(doc),
    name: doc.name,
    empty: doc.object === null || doc.object === undefined,
    source: sources[i],
  }));
  lastSections = { parsed: lastValid, sections };
  return sections;
}

interface ObjectSectionProps {
  index: number;
  kind: string | undefined;
  modelled: FormKind | undefined;
  name: string | undefined;
  empty: boolean;
  /** The file the object came from, when several files were opened together. */
  source: string | undefined;
  disabled: boolean;
  expanded: boolean;
  onToggle: (doc: number, open: boolean) => void;
}

const ObjectSection = memo(function ObjectSection({
  index,
  kind: rawKind,
  modelled: kind,
  name: rawName,
  empty,
  source,
  disabled,
  expanded,
  onToggle,
}: ObjectSectionProps) {
  const name = rawName ?? t('forms.unnamed');
  const kindLabel = kind ? t(`kind.${kind}`) : (rawKind ?? '');
  const title = t('forms.object', { kind: kindLabel, name });
  const context = useMemo(() => ({ doc: index, disabled }), [index, disabled]);
  if (empty) {
    return <p className="kw-note">{t('forms.emptyDocument')}</p>;
  }
  if (!kind) {
    return (
      <Alert severity="info" variant="outlined" aria-label={title}>
        <h3 className="kw-forms-panel__passthrough-title">{title}</h3>
        {t('forms.passthrough', { kind: rawKind ?? '?' })}
      </Alert>
    );
  }
  const Form = FORMS[kind];
  const summaryId = `object-${index}-summary`;
  return (
    <ObjectDisclosure
      summaryId={summaryId}
      detailsId={`object-${index}-details`}
      expanded={expanded}
      onToggle={(open) => onToggle(index, open)}
      summary={
        <>
          <span className="kw-object__title">{title}</span>
          {source !== undefined && (
            <span className="kw-object__source">{t('forms.fromFile', { file: source })}</span>
          )}
        </>
      }
    >
      <FormDocContext.Provider value={context}>
        <fieldset disabled={disabled} className="kw-object__fields">
          <Form />
        </fieldset>
        <div className="kw-object__remove">
          <RemoveObjectButton doc={index} title={title} disabled={disabled} />
        </div>
      </FormDocContext.Provider>
    </ObjectDisclosure>
  );
});
