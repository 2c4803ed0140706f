/** How a text input is turned into the YAML value it writes. */
export type FieldKind = 'string' | 'integer' | 'intOrString' | 'quantity';

export type ParsedInput = { ok: true; value: unknown } | { ok: false };

/**
 * Reads what the user typed. An emptied field removes the key (`undefined`) unless the field
 * must stay (`keepEmpty`), so that optional fields do not linger as `key: ""`.
 */
export function parseInput(raw: string, kind: FieldKind, keepEmpty: boolean): ParsedInput {
  if (raw === '') return { ok: true, value: keepEmpty ? '' : undefined };
  switch (kind) {
    case 'string':
      return { ok: true, value: raw };
    case 'integer':
      return /^-?\d+$/.test(raw.trim()) ? { ok: true, value: Number(raw.trim()) } : { ok: false };
    case 'intOrString':
      return { ok: true, value: /^\d+$/.test(raw) ? Number(raw) : raw };
    case 'quantity':
      // `cpu: 1` and `cpu: 0.5` are numbers in YAML; `500m` and `10Mi` are strings.
      return { ok: true, value: /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw };
  }
}

/** What a field shows for a value read from the manifest. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
