import { t } from '../../app/i18n';
import { useImport } from './import-store';
import { Notice } from '../../app/Notice';

/** Says what an import opened; announced politely to screen readers. */
export function ImportStatus() {
  const done = useImport((state) => state.done);
  const dismiss = useImport((state) => state.dismiss);
  return (
    <Notice
      message={done ? t('import.done', { files: done.files, objects: done.objects }) : null}
      onClose={dismiss}
      autoHideMs={5000}
    />
  );
}
