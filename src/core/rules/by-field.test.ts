import { describe, expect, it } from 'vitest';
import { diagnosticsByField, fieldKey } from './by-field';
import type { Diagnostic } from './types';

function diagnostic(doc: number, path: (string | number)[], message: string): Diagnostic {
  const position = { line: 1, column: 1 };
  return {
    ruleId: 'schema',
    severity: 'error',
    message,
    doc,
    path,
    kind: null,
    name: null,
    namespace: null,
    range: { start: position, end: position, offset: [0, 0] },
  };
}

describe('diagnosticsByField', () => {
  it('groups diagnostics by document and exact path', () => {
    const byField = diagnosticsByField([
      diagnostic(0, ['spec', 'ports', 0, 'name'], 'a'),
      diagnostic(0, ['spec', 'ports', 0, 'name'], 'b'),
      diagnostic(1, ['spec', 'ports', 0, 'name'], 'c'),
    ]);
    expect(byField.get(fieldKey(0, ['spec', 'ports', 0, 'name']))?.map((d) => d.message)).toEqual([
      'a',
      'b',
    ]);
    expect(byField.get(fieldKey(1, ['spec', 'ports', 0, 'name']))?.map((d) => d.message)).toEqual([
      'c',
    ]);
    expect(byField.get(fieldKey(0, ['spec', 'ports', 0]))).toBeUndefined();
  });

  it('does not confuse a key containing a dot with a path', () => {
    expect(fieldKey(0, ['metadata', 'annotations', 'a.b'])).not.toBe(
      fieldKey(0, ['metadata', 'annotations', 'a', 'b']),
    );
  });
});
