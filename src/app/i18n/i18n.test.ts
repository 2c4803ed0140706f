import { describe, expect, it } from 'vitest';
import { en } from './en';
import { isMessageKey, t } from './index';

describe('t', () => {
  it('fills placeholders with the given values, as text', () => {
    expect(t('forms.remove', { what: '<b>Port grpc</b>' })).toBe('Remove <b>Port grpc</b>');
  });

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(t('forms.remove')).toBe('Remove {what}');
  });

  it('does not read placeholders from the prototype', () => {
    expect(t('forms.remove', {})).toBe('Remove {what}');
    expect(isMessageKey('constructor')).toBe(false);
    expect(isMessageKey('download.button')).toBe(true);
  });

  it('has a non-empty text for every key', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
