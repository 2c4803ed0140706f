import { Scalar, stringify } from 'yaml';

/** How a document writes its block collections, read from its own text so new lines match. */
export interface BlockStyle {
  /** Spaces per nesting level. */
  indent: number;
  /** Whether a sequence under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** The line ending of the text. */
  eol: string;
}

export type ScalarValue = string | number | boolean | null;

export function isScalarValue(value: unknown): value is ScalarValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/** Values that are written on the key's own line: scalars and empty collections (`{}`, `[]`). */
export function isInlineValue(value: unknown): boolean {
  if (isScalarValue(value)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return true;
}

const QUOTED_TYPES = new Set(['QUOTE_DOUBLE', 'QUOTE_SINGLE']);

/**
 * Writes one scalar as it appears after `key: ` or `- `. A string keeps the quoting style the
 * user chose for the value it replaces, so editing `"GRPC"` gives `"GRPCS"`, not `GRPCS`.
 */
export function renderScalar(value: ScalarValue, previousType?: string): string {
  const node = new Scalar(value);
  if (typeof value === 'string') {
    if (value.includes('\n')) node.type = 'QUOTE_DOUBLE';
    else if (previousType !== undefined && QUOTED_TYPES.has(previousType)) {
      node.type = previousType as Scalar.Type;
    }
  }
  return stringify(node, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
}

/** Writes a value in flow style on one line (`{a: 1}`, `[x, y]`), for inline and flow contexts. */
export function renderFlow(value: unknown): string {
  if (isScalarValue(value)) return renderScalar(value);
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0, minContentWidth: 0 }).replace(
    /\n$/,
    '',
  );
}

/** Writes a collection as block lines, each prefixed with `prefix`, without a final line end. */
export function renderBlock(value: unknown, prefix: string, style: BlockStyle): string {
  const text = stringify(value, {
    indent: style.indent,
    indentSeq: style.indentSeq,
    lineWidth: 0,
    minContentWidth: 0,
  }).replace(/\n$/, '');
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? prefix + line : line))
    .join(style.eol);
}
