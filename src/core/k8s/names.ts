/**
 * The syntax checks of the Kubernetes API server for names, labels and port names, with the
 * API's own explanations (staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go and
 * …/api/validate/content/kube.go). Each returns the problems found; [] means valid.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

export function dns1123Label(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value)) {
    problems.push(
      "must consist of lower case letters, digits or '-', and must start and end with a letter or digit",
    );
  }
  return problems;
}

export function dns1123Subdomain(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 253) problems.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) {
    problems.push(
      "must consist of lower case letters, digits, '-' or '.', and must start and end with a letter or digit (e.g. 'example.com')",
    );
  }
  return problems;
}

export function dns1035Label(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!DNS1035_LABEL.test(value)) {
    problems.push(
      "must consist of lower case letters, digits or '-', start with a letter, and end with a letter or digit",
    );
  }
  return problems;
}

/** A label (or annotation) key: `[prefix/]name`, prefix a DNS subdomain, name ≤ 63 characters. */
export function labelKey(key: string): string[] {
  const parts = key.split('/');
  if (parts.length > 2) return ["must have at most one '/' (an optional prefix, then the name)"];
  const name = parts.length === 2 ? (parts[1] ?? '') : key;
  const prefix = parts.length === 2 ? (parts[0] ?? '') : undefined;
  const problems: string[] = [];
  if (prefix !== undefined) {
    if (prefix.length === 0) problems.push('prefix part must not be empty');
    else problems.push(...dns1123Subdomain(prefix).map((problem) => `prefix part ${problem}`));
  }
  if (name.length === 0) problems.push('name part must not be empty');
  else {
    if (name.length > 63) problems.push('name part must be no more than 63 characters');
    if (!LABEL_NAME.test(name)) {
      problems.push(
        "name part must consist of letters, digits, '-', '_' or '.', and must start and end with a letter or digit",
      );
    }
  }
  return problems;
}

export function labelValue(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value)) {
    problems.push(
      "must be empty or consist of letters, digits, '-', '_' or '.', and must start and end with a letter or digit",
    );
  }
  return problems;
}

/**
 * An IANA service name, as container port names, named targetPorts, Ingress `port.name` and
 * named probe ports must be (IsValidPortName).
 */
export function ianaPortName(name: string): string[] {
  const problems: string[] = [];
  if (name.length === 0 || name.length > 15) problems.push('must be 1 to 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) {
    problems.push('must contain only lower case letters (a-z), digits (0-9) and hyphens (-)');
  }
  if (!/[a-z]/.test(name)) problems.push('must contain at least one letter (a-z)');
  if (name.includes('--')) problems.push('must not contain two hyphens in a row');
  if (name.startsWith('-') || name.endsWith('-'))
    problems.push('must not begin or end with a hyphen');
  return problems;
}

export function isValidPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}
