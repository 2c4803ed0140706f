import './form-layout.css';
import { memo } from 'react';
import { t } from '../../../app/i18n';
import { addMapEntry, asRecord, removeMapEntry, type Path } from '../../../core';
import { useDocSelect, useEdit, useFormDoc } from '../form-context';
import { BoundTextField } from './BoundTextField';
import { ListSection } from './ListSection';
import { MapKeyField } from './MapKeyField';
import { RemoveButton } from './RemoveButton';
import { sameProps } from './same-props';

export interface KeyValueEditorProps {
  mapPath: Path;
  title: string;
  help: string;
  /** The key a new entry starts with (made unique). */
  newKey?: string;
}

const keysOf = (value: unknown) => Object.keys(asRecord(value));

/** Edits a string map (labels, annotations, selectors) entry by entry. */
export const KeyValueEditor = memo(function KeyValueEditor({
  mapPath,
  title,
  help,
  newKey = 'key',
}: KeyValueEditorProps) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  // Typing a value does not render the list again; adding or renaming a key does.
  const keys = useDocSelect(keysOf, mapPath);
  return (
    <ListSection
      title={title}
      help={help}
      addLabel={t('map.add', { map: title })}
      onAdd={() => edit(addMapEntry(doc, mapPath, keys, newKey))}
    >
      {keys.map((key, index) => (
        // Rows are keyed by position: renaming a key must not remount the field being typed in.
        <Entry key={index} mapPath={mapPath} entryKey={key} title={title} />
      ))}
    </ListSection>
  );
}, sameProps);

/** One entry: renaming a key renders its row, and no other. */
const Entry = memo(function Entry({
  mapPath,
  entryKey,
  title,
}: {
  mapPath: Path;
  entryKey: string;
  title: string;
}) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const entry = t('map.entry', { map: title, key: entryKey });
  return (
    <div role="group" aria-label={entry} className="kw-key-value-row">
      <MapKeyField
        mapPath={mapPath}
        currentKey={entryKey}
        label={`${title}: ${t('map.key')}`}
        help=""
      />
      <BoundTextField
        path={[...mapPath, entryKey]}
        label={`${title}: ${t('map.value')}`}
        help=""
        keepEmpty
      />
      <RemoveButton what={entry} onRemove={() => edit(removeMapEntry(doc, mapPath, entryKey))} />
    </div>
  );
}, sameProps);
