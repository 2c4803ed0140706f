import './form-layout.css';
import { addListItem, asArray, removeListItem, type Path } from '../../../core';
import { useDocSelect, useEdit, useFormDoc } from '../form-context';
import { BoundTextField } from './BoundTextField';
import { ListSection } from './ListSection';
import { RemoveButton } from './RemoveButton';

export interface StringListEditorProps {
  path: Path;
  title: string;
  help: string;
  addLabel: string;
  itemLabel: (index: number) => string;
}

const lengthOf = (value: unknown) => asArray(value).length;

/** A list of strings (a command and its arguments), one field per item. */
export function StringListEditor({
  path,
  title,
  help,
  addLabel,
  itemLabel,
}: StringListEditorProps) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const count = useDocSelect(lengthOf, path);
  return (
    <ListSection
      title={title}
      help={help}
      addLabel={addLabel}
      onAdd={() => edit(addListItem(doc, path, ''))}
    >
      {Array.from({ length: count }, (_, index) => {
        const label = itemLabel(index);
        return (
          <div key={index} className="kw-string-row">
            <BoundTextField path={[...path, index]} label={label} help="" keepEmpty />
            <RemoveButton what={label} onRemove={() => edit(removeListItem(doc, path, index))} />
          </div>
        );
      })}
    </ListSection>
  );
}
