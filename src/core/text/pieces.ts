/**
 * The pieces of `text`, in order, each about `size` long: long work on a big text (writing it into
 * the editor, compressing it) goes a piece at a time. A piece ends at a line break when there is
 * one within twice the size; a longer line (minified JSON, a file without line breaks) is cut
 * inside it, but never inside a surrogate pair or a `\r\n`.
 */
export function* piecesOf(text: string, size: number): Generator<string> {
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at + size);
    let end: number;
    if (lineEnd !== -1 && lineEnd < at + 2 * size) end = lineEnd + 1;
    else if (text.length - at <= 2 * size) end = text.length;
    else end = cutAt(text, at + size);
    yield text.slice(at, end);
    at = end;
  }
}

/** `at`, or the next offset when `at` would split a surrogate pair or a `\r\n`. */
function cutAt(text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  const highSurrogate = before >= 0xd800 && before <= 0xdbff;
  const crlf = before === 13 && text.charCodeAt(at) === 10;
  return highSurrogate || crlf ? at + 1 : at;
}
