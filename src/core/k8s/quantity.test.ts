import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity, suggestQuantity } from './quantity';

function valueOf(input: unknown, resource?: string): number {
  const result = parseQuantity(input, resource);
  if (!result.ok) throw new Error(`${String(input)} did not parse: ${result.reason}`);
  return result.value;
}

function reasonOf(input: unknown, resource?: string): string {
  const result = parseQuantity(input, resource);
  if (result.ok) throw new Error(`${String(input)} parsed`);
  return result.reason;
}

function nanoOf(input: unknown): bigint {
  const result = parseQuantity(input);
  if (!result.ok) throw new Error(`${String(input)} did not parse`);
  return result.nano;
}

describe('parseQuantity', () => {
  it.each([
    ['1', 1, ''],
    ['0.5', 0.5, ''],
    ['500m', 0.5, 'm'],
    ['1000m', 1, 'm'],
    ['.5', 0.5, ''],
    ['1.', 1, ''],
    ['+2', 2, ''],
    ['128Mi', 128 * 2 ** 20, 'Mi'],
    ['1.5Gi', 1.5 * 2 ** 30, 'Gi'],
    ['1Ki', 1024, 'Ki'],
    ['2Ei', 2 * 2 ** 60, 'Ei'],
    ['1k', 1000, 'k'],
    ['128M', 128e6, 'M'],
    ['1G', 1e9, 'G'],
    ['1E', 1e18, 'E'],
    ['1e3', 1000, 'e3'],
    ['1E3', 1000, 'E3'],
    ['5e-3', 0.005, 'e-3'],
    ['5e+2', 500, 'e+2'],
    ['250000n', 0.00025, 'n'],
    ['10u', 0.00001, 'u'],
    ['0', 0, ''],
  ])('reads %s as %d (suffix %s)', (input, value, suffix) => {
    expect(parseQuantity(input)).toMatchObject({ ok: true, value, suffix });
  });

  it('reads YAML numbers (`cpu: 1`, `cpu: 0.25`)', () => {
    expect(valueOf(1)).toBe(1);
    expect(valueOf(0.25)).toBe(0.25);
    expect(valueOf(1e21)).toBe(1e21);
  });

  it.each([
    ['100mi', 'unknown suffix `mi`: memory uses Mi (mebibytes); `m` means thousandths'],
    ['1gi', 'unknown suffix `gi`: write Gi (gibibytes); the units are case-sensitive'],
    [
      '2GB',
      'unknown suffix `GB`: use G or Gi, without the B (G counts in powers of 1000, Gi in powers of 1024)',
    ],
    ['512MiB', 'unknown suffix `MiB`: write Mi, without the B'],
    ['1K', 'unknown suffix `K`: kilo is a lower-case k (`1k` = 1000); use Ki for 1024'],
    ['1e', 'unknown suffix `e`: an exponent is e followed by a whole number, e.g. `1e3` = 1000'],
    ['100 Mi', 'unknown suffix ` Mi`: there must be no space between the number and the unit'],
    ['1,5Gi', 'use a dot for decimals (`1.5`), not a comma'],
    [
      'Mi100',
      'it does not start with a number: write e.g. `500m` or `1` for cpu, `128Mi` or `1Gi` for memory',
    ],
    ['', 'it is empty: write a number such as `500m` (cpu) or `128Mi` (memory)'],
    ['-1', 'it is negative: a resource quantity must be 0 or more'],
    ['-500Mi', 'it is negative: a resource quantity must be 0 or more'],
  ])('rejects %j: %s', (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it.each(['.', '1.2.3', '1x', 'abc', '1Mi2', '1e3.5', '1MB', '1mi', 'Infinity', '1 '])(
    'rejects %j, as the API server does',
    (input) => {
      expect(parseQuantity(input).ok).toBe(false);
    },
  );

  it('rejects negative numbers and non-finite numbers', () => {
    expect(parseQuantity(-1).ok).toBe(false);
    expect(parseQuantity(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('explains a binary suffix on cpu in cores', () => {
    expect(reasonOf('100mi', 'cpu')).toContain('cpu is counted in cores');
  });

  it('does not throw on values of the wrong type', () => {
    for (const value of [null, undefined, true, {}, [], { cpu: 1 }]) {
      expect(parseQuantity(value).ok).toBe(false);
    }
  });

  it('keeps hostile exponents cheap', () => {
    expect(parseQuantity('1e999999999').ok).toBe(true);
  });
});

describe('compareQuantities', () => {
  it('compares exactly, without float rounding', () => {
    const a = parseQuantity('0.3');
    const b = parseQuantity('300m');
    if (!a.ok || !b.ok) throw new Error('did not parse');
    expect(compareQuantities(a, b)).toBe(0);
    // 0.1 + 0.2 !== 0.3 in floats; as quantities 100m + 200m is exactly 300m.
    expect(nanoOf('100m') + nanoOf('200m')).toBe(nanoOf('0.3'));
  });

  it('compares across suffixes', () => {
    const cases: [string, string, -1 | 0 | 1][] = [
      ['1Gi', '1073741824', 0],
      ['1Gi', '1G', 1],
      ['1G', '1Gi', -1],
      ['1', '1000m', 0],
      ['1001m', '1', 1],
      ['1e3', '1k', 0],
      ['1Mi', '1048577', -1],
    ];
    for (const [left, right, expected] of cases) {
      const a = parseQuantity(left);
      const b = parseQuantity(right);
      if (!a.ok || !b.ok) throw new Error('did not parse');
      expect(compareQuantities(a, b), `${left} vs ${right}`).toBe(expected);
    }
  });

  it('rounds anything finer than 1n up, as the API server does', () => {
    expect(nanoOf('0.1n')).toBe(1n);
    expect(nanoOf('1.5n')).toBe(2n);
  });
});

describe('suggestQuantity', () => {
  it.each([
    ['100mi', '100Mi'],
    ['1gi', '1Gi'],
    ['1K', '1k'],
    ['2GB', '2G'],
    ['2gb', '2G'],
    ['512MiB', '512Mi'],
    ['100KB', '100k'],
    ['100 Mi', '100Mi'],
    ['64B', '64'],
  ])('suggests %s → %s for memory', (input, suggestion) => {
    expect(suggestQuantity(input, 'memory')).toBe(suggestion);
  });

  it('suggests m for a mebibyte suffix on cpu', () => {
    expect(suggestQuantity('100mi', 'cpu')).toBe('100m');
  });

  it.each(['abc', '1,5Gi', '-1Gi', '1x', '500Mi'])('suggests nothing for %j', (input) => {
    expect(suggestQuantity(input, 'memory')).toBeUndefined();
  });
});
