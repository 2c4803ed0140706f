import { dns1123Subdomain } from '../k8s/names';
import { asArray, asRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { RuleContext } from './context';
import type { Finding, Rule, Severity } from './types';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** An IPv6 address: hex groups and colons, at least two colons (`::1`, `2001:db8::1`). */
const IPV6 = /^\[?[0-9a-fA-F]*:[0-9a-fA-F:.]*:[0-9a-fA-F.]*\]?$/;

function isIpAddress(host: string): boolean {
  return IPV4.test(host) || IPV6.test(host);
}

/** What is wrong with a host, in plain words, or undefined when the API server accepts it. */
function hostProblem(host: string): string | undefined {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(host);
  if (scheme)
    return `must be only the name, without \`${scheme[0]}\` (the Ingress serves HTTP and HTTPS itself)`;
  if (host.includes('/'))
    return 'must be only the name, without a path (paths go under `http.paths`)';
  if (isIpAddress(host))
    return 'must be a DNS name, not an IP address (an Ingress routes by the name clients ask for)';
  if (/:\d*$/.test(host))
    return 'must not have a `:port`: the Ingress controller listens on 80 and 443 itself';
  if (host.includes('*')) {
    const rest = host.slice(2);
    if (!host.startsWith('*.') || rest.includes('*') || dns1123Subdomain(rest).length > 0) {
      return 'is a malformed wildcard: a wildcard host is `*.` followed by a DNS name, e.g. `*.example.com`, and `*` stands for exactly one label';
    }
    return undefined;
  }
  const problems = dns1123Subdomain(host);
  if (problems.length === 0) return undefined;
  if (/[A-Z]/.test(host)) return 'must be lower case';
  if (host.endsWith('.')) return 'must not end with a dot';
  return `is not a DNS name: it ${problems.join(' and ')}`;
}

/** The host the author most likely meant: no scheme, path, port or trailing dot, lower case. */
function cleanedHost(host: string): string | undefined {
  const cleaned = host
    .replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return cleaned !== host && cleaned !== '' && hostProblem(cleaned) === undefined
    ? cleaned
    : undefined;
}

function hostFinding(doc: number, path: Path, host: unknown, inTls: boolean): Finding | undefined {
  // An empty host means "every host"; a non-string is a type error for `schema`.
  if (typeof host !== 'string' || host === '') return undefined;
  const problem = hostProblem(host);
  if (problem === undefined) return undefined;
  // The API checks TLS hosts as DNS names but lets IP addresses through; clients never send an
  // IP address as the TLS server name (SNI), so such an entry never matches: a warning.
  const ipInTls = inTls && isIpAddress(host);
  const severity: Severity = ipInTls ? 'warning' : 'error';
  const fixed = cleanedHost(host);
  const where = inTls ? 'The TLS host' : 'The host';
  return {
    severity,
    message:
      `${where} \`${host}\` ${problem}. ` +
      (ipInTls
        ? 'The API server accepts it here, but a TLS certificate is chosen by the name clients send, never an IP address, so this entry is never used.'
        : 'The API server rejects the Ingress.') +
      (fixed !== undefined ? ` Write \`${fixed}\`.` : ''),
    doc,
    path,
    ...(fixed !== undefined
      ? {
          fix: {
            title: `Change the host to ${fixed}`,
            commands: [{ type: 'set', doc, path, value: fixed }],
          },
        }
      : {}),
  };
}

function check({ ingresses }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { object } of ingresses) {
    const spec = asRecord(asRecord(object.object).spec);
    asArray(spec.rules).forEach((rule, index) => {
      const finding = hostFinding(
        object.doc,
        ['spec', 'rules', index, 'host'],
        asRecord(rule).host,
        false,
      );
      if (finding) findings.push(finding);
    });
    asArray(spec.tls).forEach((tls, tlsIndex) => {
      asArray(asRecord(tls).hosts).forEach((host, hostIndex) => {
        const finding = hostFinding(
          object.doc,
          ['spec', 'tls', tlsIndex, 'hosts', hostIndex],
          host,
          true,
        );
        if (finding) findings.push(finding);
      });
    });
  }
  return findings;
}

export const ingressHostInvalid: Rule = {
  id: 'ingress-host-invalid',
  description: 'Every Ingress host must be a DNS name or a `*.` wildcard, with no port or scheme.',
  help:
    'An Ingress host is the name clients connect to, e.g. `grpc.example.com`: lower case, no `https://`, ' +
    'no `:443`, no IP address. A wildcard is allowed only as a leading `*.` (`*.example.com`), and `*` ' +
    'matches exactly one label. The same applies to the hosts of `spec.tls`.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#hostname-wildcards',
  check,
};
