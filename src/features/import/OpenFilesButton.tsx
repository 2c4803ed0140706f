import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useRef } from 'react';
import { t } from '../../app/i18n';
import { useImport } from './import-store';
import { readFiles } from './read-files';

/** Opens one or many YAML files from the user's disk. */
export function OpenFilesButton() {
  const input = useRef<HTMLInputElement>(null);
  const offer = useImport((state) => state.offer);
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<Icon name="folderOpen" />}
        onClick={() => input.current?.click()}
      >
        {t('import.open')}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".yaml,.yml,application/yaml,text/yaml,text/x-yaml,text/plain"
        hidden
        aria-hidden
        tabIndex={-1}
        data-testid="open-files-input"
        onChange={(event) => {
          const files = event.target.files ? [...event.target.files] : [];
          // Reset, so that choosing the same file again still opens it.
          event.target.value = '';
          if (files.length > 0) void readFiles(files).then(offer);
        }}
      />
    </>
  );
}
