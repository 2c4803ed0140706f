import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { t } from '../../app/i18n';
import {
  modelledKind,
  sourceOfDocument,
  type ManifestDocument,
  type ModelledKind,
} from '../../core';
import { useManifest } from '../../state/store';
import { DeploymentForm } from './DeploymentForm';
import { FormDocContext } from './form-context';
import { IngressForm } from './IngressForm';
import { ServiceForm } from './ServiceForm';
import { useFocusSelection } from './use-focus-selection';

const FORMS: Record<ModelledKind, () => React.JSX.Element> = {
  Ingress: IngressForm,
  Service: ServiceForm,
  Deployment: DeploymentForm,
};

/** One form per object of the manifest; objects of other kinds are listed and kept as they are. */
export function FormsPanel() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const expand = useCallback((doc: number) => {
    setCollapsed((current) => {
      if (!current.has(doc)) return current;
      const next = new Set(current);
      next.delete(doc);
      return next;
    });
  }, []);
  const toggle = (doc: number, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(doc);
      else next.add(doc);
      return next;
    });
  useFocusSelection(expand);
  const parsed = useManifest((state) => state.parsed);
  const lastValid = useManifest((state) => state.lastValid);
  const firstError = parsed.syntaxErrors[0];
  const disabled = firstError !== undefined;
  const documents = lastValid.documents;

  return (
    <Box sx={{ display: 'grid', gap: 1.5, p: 1.5 }}>
      {firstError && (
        <Alert severity="error" role="alert">
          {t('yaml.frozen', {
            line: firstError.start.line,
            column: firstError.start.column,
            message: firstError.message,
          })}
        </Alert>
      )}
      {documents.length === 0 && <Typography color="text.secondary">{t('forms.empty')}</Typography>}
      {documents.map((doc) => (
        <ObjectSection
          key={doc.index}
          doc={doc}
          source={sourceOfDocument(lastValid.text, doc)}
          disabled={disabled}
          expanded={!collapsed.has(doc.index)}
          onToggle={(open) => toggle(doc.index, open)}
        />
      ))}
    </Box>
  );
}

interface ObjectSectionProps {
  doc: ManifestDocument;
  /** The file the object came from, when several files were opened together. */
  source: string | undefined;
  disabled: boolean;
  expanded: boolean;
  onToggle: (open: boolean) => void;
}

function ObjectSection({ doc, source, disabled, expanded, onToggle }: ObjectSectionProps) {
  const kind = modelledKind(doc);
  const name = doc.name ?? t('forms.unnamed');
  const kindLabel = kind ? t(`kind.${kind}`) : (doc.kind ?? '');
  const title = t('forms.object', { kind: kindLabel, name });
  if (doc.object === null || doc.object === undefined) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('forms.emptyDocument')}
      </Typography>
    );
  }
  if (!kind) {
    return (
      <Alert severity="info" variant="outlined" aria-label={title}>
        <Typography component="h3" variant="subtitle2">
          {title}
        </Typography>
        {t('forms.passthrough', { kind: doc.kind ?? '?' })}
      </Alert>
    );
  }
  const Form = FORMS[kind];
  const summaryId = `object-${doc.index}-summary`;
  return (
    <Accordion
      expanded={expanded}
      onChange={(_, open) => onToggle(open)}
      disableGutters
      slotProps={{ heading: { component: 'h3' } }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={summaryId}
        aria-controls={`object-${doc.index}-details`}
      >
        <Typography sx={{ fontWeight: 600 }}>{title}</Typography>
        {source !== undefined && (
          <Typography variant="body2" color="text.secondary" sx={{ ml: 1, alignSelf: 'center' }}>
            {t('forms.fromFile', { file: source })}
          </Typography>
        )}
      </AccordionSummary>
      <AccordionDetails>
        <FormDocContext.Provider value={{ doc: doc.index, object: doc.object, disabled }}>
          <Box
            component="fieldset"
            disabled={disabled}
            sx={{ border: 0, m: 0, p: 0, minWidth: 0, display: 'grid', gap: 2 }}
          >
            <Form />
          </Box>
        </FormDocContext.Provider>
      </AccordionDetails>
    </Accordion>
  );
}
