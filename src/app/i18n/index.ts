import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

type Catalogue = Readonly<Record<MessageKey, string>>;

const catalogues: Readonly<Record<string, Catalogue>> = { en };
const language = 'en';

/**
 * The one translation function of the UI: every user-visible string goes through it.
 * Placeholders `{name}` are replaced by params; values are inserted as text, never as HTML.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = (catalogues[language] ?? en)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** Whether a string is a catalogue key, for keys built from data (kinds, probe names). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
