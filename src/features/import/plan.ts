import { t } from '../../app/i18n';
import { parseManifest, type IncomingFile } from '../../core';

/** What opening these files would do, said file by file, before anything is replaced. */
export interface ImportPlan {
  accepted: { name: string; text: string }[];
  lines: { text: string; severity: 'ok' | 'warning' | 'refused' }[];
}

export function planImport(files: readonly IncomingFile[]): ImportPlan {
  const plan: ImportPlan = { accepted: [], lines: [] };
  for (const file of files) {
    if (!file.ok) {
      const size = (file.bytes / (1024 * 1024)).toFixed(1);
      plan.lines.push({
        text: t(`import.refused.${file.problem}`, { name: file.name, size }),
        severity: 'refused',
      });
      continue;
    }
    plan.accepted.push({ name: file.name, text: file.text });
    const parsed = parseManifest(file.text);
    const error = parsed.syntaxErrors[0];
    if (error) {
      plan.lines.push({
        text: t('import.fileSyntax', {
          name: file.name,
          line: error.start.line,
          column: error.start.column,
          message: error.message,
        }),
        severity: 'warning',
      });
    } else {
      const count = parsed.documents.filter((doc) => doc.object !== null).length;
      plan.lines.push({ text: t('import.fileOk', { name: file.name, count }), severity: 'ok' });
    }
  }
  return plan;
}
