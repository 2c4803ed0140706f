/**
 * Escapes text for Markdown, so that a field name or value from the user's manifest (or a
 * description) is shown as written: never as emphasis, a link, an image or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:$]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '  \n');
}
