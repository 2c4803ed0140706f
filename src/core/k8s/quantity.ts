/**
 * Kubernetes resource quantities (`500m`, `1.5`, `128Mi`, `1e3`), read exactly as the API server
 * reads them (k8s.io/apimachinery/pkg/api/resource: quantity.go parseQuantityString, suffix.go).
 *
 * The grammar is `<signedNumber><suffix>`, number `<digits>`, `<digits>.<digits>`, `<digits>.` or
 * `.<digits>`, suffix a binary SI suffix (Ki Mi Gi Ti Pi Ei), a decimal SI suffix (m "" k M G T P
 * E) or a decimal exponent (`e<n>`/`E<n>`). The API's suffix table also has `n` (nano) and `u`
 * (micro), which the documented grammar leaves out; they are accepted here because the API server
 * accepts them (metrics-server prints CPU in `n`).
 *
 * Values are kept as exact integers of billionths (BigInt), rounded up the way the API server
 * rounds anything finer than 1n (quantity.go rounds to `Nano` with `inf.RoundUp`), so that
 * comparing a request with a limit never meets a float rounding error (0.1 + 0.2 style) and
 * `1Gi` vs `1073741824` compares equal, exactly as the API's `Quantity.Cmp` does.
 */

export type QuantityResult =
  | {
      ok: true;
      /** The value in base units: cores for cpu, bytes for memory and storage. */
      value: number;
      /** Exact value in billionths of the base unit, rounded up as the API server rounds. */
      nano: bigint;
      /** The suffix as written: '' for a plain number, 'Mi', 'm', 'e3', … */
      suffix: string;
    }
  | { ok: false; reason: string };

const BINARY_SUFFIXES: Readonly<Record<string, number>> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

const BINARY_NAMES: Readonly<Record<string, string>> = {
  Ki: 'kibibytes',
  Mi: 'mebibytes',
  Gi: 'gibibytes',
  Ti: 'tebibytes',
  Pi: 'pebibytes',
  Ei: 'exbibytes',
};

/** The number part and the suffix part, as the API's parser splits them. */
const SHAPE = /^([+-]?)(\d+\.?\d*|\.\d+)(.*)$/s;
/** Beyond this the API caps the value anyway; it keeps BigInt powers small on hostile input. */
const MAX_EXPONENT = 400;
const NANO = 1_000_000_000n;

/** Parses a quantity as written in a manifest: a string, or a YAML number (`cpu: 1`). */
export function parseQuantity(value: unknown, resource?: string): QuantityResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: `${value} is not a number` };
    return parseQuantity(String(value), resource);
  }
  if (typeof value !== 'string') {
    return { ok: false, reason: 'a quantity is a number or a string such as `500m` or `128Mi`' };
  }
  const text = value;
  if (text.trim() === '') {
    return {
      ok: false,
      reason: 'it is empty: write a number such as `500m` (cpu) or `128Mi` (memory)',
    };
  }
  const shape = SHAPE.exec(text);
  if (!shape) return { ok: false, reason: notANumberReason(text) };
  const [, sign = '', number = '', suffix = ''] = shape;
  const scale = suffixScale(suffix);
  if (!scale) return { ok: false, reason: suffixReason(suffix, resource) };
  if (sign === '-' && /[1-9]/.test(number)) {
    return {
      ok: false,
      reason: 'it is negative: a resource quantity must be 0 or more',
    };
  }
  const nano = toNano(number, scale);
  // Split before converting, so that the whole part keeps every digit a double can hold.
  const base = Number(nano / NANO) + Number(nano % NANO) / 1e9;
  return { ok: true, value: base, nano, suffix };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b (exactly, like `Quantity.Cmp`). */
export function compareQuantities(a: { nano: bigint }, b: { nano: bigint }): -1 | 0 | 1 {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

interface Scale {
  base: 2 | 10;
  exponent: number;
}

function suffixScale(suffix: string): Scale | undefined {
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== undefined) return { base: 2, exponent: binary };
  const decimal = DECIMAL_SUFFIXES[suffix];
  if (decimal !== undefined) return { base: 10, exponent: decimal };
  // `1e3`, `1E-3`, `5e+2`: like strconv.ParseInt on what follows the e. (`1E` alone is exa.)
  const exponent = /^[eE]([+-]?\d+)$/.exec(suffix);
  if (exponent?.[1] !== undefined) {
    const parsed = Number(exponent[1]);
    return { base: 10, exponent: Math.max(-MAX_EXPONENT, Math.min(MAX_EXPONENT, parsed)) };
  }
  return undefined;
}

/** digits × scale in billionths, rounded up (the API rounds anything finer than 1n up). */
function toNano(number: string, scale: Scale): bigint {
  const [whole = '', fraction = ''] = number.split('.');
  let numerator = BigInt(`${whole}${fraction}` || '0') * NANO;
  let denominator = 10n ** BigInt(fraction.length);
  if (scale.base === 2) numerator *= 2n ** BigInt(scale.exponent);
  else if (scale.exponent >= 0) numerator *= 10n ** BigInt(scale.exponent);
  else denominator *= 10n ** BigInt(-scale.exponent);
  const quotient = numerator / denominator;
  return numerator % denominator === 0n ? quotient : quotient + 1n;
}

function notANumberReason(text: string): string {
  if (/^\s|\s$/.test(text)) return 'it has spaces around it: remove them';
  return 'it does not start with a number: write e.g. `500m` or `1` for cpu, `128Mi` or `1Gi` for memory';
}

/** Plain words for a suffix the API server does not know. */
function suffixReason(suffix: string, resource: string | undefined): string {
  const unknown = `unknown suffix \`${suffix}\``;
  const binary = Object.keys(BINARY_SUFFIXES).find(
    (known) => known.toLowerCase() === suffix.toLowerCase(),
  );
  if (/^,\d/.test(suffix)) return 'use a dot for decimals (`1.5`), not a comma';
  if (/\s/.test(suffix))
    return `${unknown}: there must be no space between the number and the unit`;
  if (binary && resource === 'cpu') {
    return `${unknown}: cpu is counted in cores, so it takes \`m\` (thousandths of a core, \`100m\` = 0.1 core) or a plain number, not ${binary}`;
  }
  if (binary === 'Mi' && suffix === 'mi') {
    return `${unknown}: memory uses Mi (mebibytes); \`m\` means thousandths`;
  }
  if (binary) {
    return `${unknown}: write ${binary} (${BINARY_NAMES[binary] ?? binary}); the units are case-sensitive`;
  }
  const bytes = /^([kmgtpe])(i?)b$/i.exec(suffix);
  if (bytes?.[1] !== undefined) {
    const letter = bytes[1].toUpperCase();
    const decimal = letter === 'K' ? 'k' : letter;
    if (bytes[2]) return `${unknown}: write ${letter}i, without the B`;
    return `${unknown}: use ${decimal} or ${letter}i, without the B (${decimal} counts in powers of 1000, ${letter}i in powers of 1024)`;
  }
  if (suffix === 'K') {
    return `${unknown}: kilo is a lower-case k (\`1k\` = 1000); use Ki for 1024`;
  }
  if (suffix === 'B' || suffix === 'b') {
    return `${unknown}: bytes take no unit, write the plain number (or use Ki, Mi, Gi)`;
  }
  if (/^[eE]/.test(suffix)) {
    return `${unknown}: an exponent is e followed by a whole number, e.g. \`1e3\` = 1000`;
  }
  return `${unknown}: Kubernetes knows m (thousandths), k, M, G, T, P, E (powers of 1000), Ki, Mi, Gi, Ti, Pi, Ei (powers of 1024) and e<n>; they are case-sensitive`;
}

/**
 * The quantity the author most likely meant, for a quick fix, or undefined when it is not
 * obvious. Only the spelling of the unit changes: `100mi` → `100Mi`, `1K` → `1k`,
 * `2GB` → `2G` (GB means 10^9 bytes, which is G; Gi would be 7% more), `2GiB` → `2Gi`.
 */
export function suggestQuantity(value: string, resource?: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  const shape = SHAPE.exec(compact);
  if (!shape) return undefined;
  const [, sign = '', number = '', suffix = ''] = shape;
  if (sign === '-') return undefined;
  let fixed: string | undefined;
  const binary = Object.keys(BINARY_SUFFIXES).find(
    (known) => known.toLowerCase() === suffix.toLowerCase(),
  );
  const bytes = /^([kmgtpe])(i?)b$/i.exec(suffix);
  if (suffixScale(suffix)) fixed = suffix;
  else if (binary) fixed = resource === 'cpu' ? (binary === 'Mi' ? 'm' : undefined) : binary;
  else if (bytes?.[1] !== undefined) {
    const letter = bytes[1].toUpperCase();
    fixed = bytes[2] ? `${letter}i` : letter === 'K' ? 'k' : letter;
  } else if (suffix === 'K') fixed = 'k';
  else if (suffix === 'B' || suffix === 'b') fixed = '';
  if (fixed === undefined) return undefined;
  const suggestion = `${sign}${number}${fixed}`;
  return suggestion !== value && parseQuantity(suggestion, resource).ok ? suggestion : undefined;
}
