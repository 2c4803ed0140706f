import './drop-zone.css';
import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../../app/i18n';
import { readPastedText } from '../../core';
import { useImport } from './import-store';
import { readFiles } from './read-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Whether a paste lands in something that takes text itself (a field, the YAML pane). */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null
  );
}

/**
 * Files dropped anywhere on the page are opened; text pasted outside any field is opened as a
 * manifest. Both go through the same checks and questions as "Open files".
 */
export function DropZone({ children }: { children: ReactNode }) {
  const offer = useImport((state) => state.offer);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
      if (files.length > 0) void readFiles(files).then(offer);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      event.preventDefault();
      void offer([readPastedText(text)]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, [offer]);

  return (
    <div className="kw-drop-zone">
      {children}
      {dragging && (
        <div className="kw-drop-zone__overlay" aria-hidden>
          <h5 className="kw-drop-zone__hint">{t('import.dropHint')}</h5>
        </div>
      )}
    </div>
  );
}
