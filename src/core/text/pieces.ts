/**
 * The pieces of `text`, in order, each ending at a line break once it is `size` long (so never
 * inside a `\r\n` or a surrogate pair); a line longer than `size` stays whole. Long work on a big
 * text (writing it into the editor, compressing it) goes a piece at a time.
 */
export function* piecesOf(text: string, size: number): Generator<string> {
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at + size);
    const end = lineEnd === -1 ? text.length : lineEnd + 1;
    yield text.slice(at, end);
    at = end;
  }
}
