import { t } from '../../../app/i18n';
import type { EditFailure } from '../../../core';

/** A plain sentence for an edit the text could not take. */
export function editFailureMessage(reason: EditFailure): string {
  if (reason === 'key-exists') return t('forms.editFailed.key-exists');
  if (reason === 'empty-key') return t('forms.editFailed.empty-key');
  return t('forms.editFailed.other', { reason });
}
