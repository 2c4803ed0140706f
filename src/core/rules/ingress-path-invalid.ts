import { asArray, asRecord, isRecord } from '../model/read';
import { closestName } from '../text/suggest';
import type { Path } from '../yaml/edit';
import type { RuleContext } from './context';
import type { Finding, QuickFix, Rule } from './types';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
/** networking/validation: invalidPathSequences and invalidPathSuffixes, in the API's order. */
const FORBIDDEN_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const FORBIDDEN_SUFFIXES = ['/..', '/.'];
const GRPC_TIP =
  'gRPC calls arrive as `/package.Service/Method`, so use `/` or `/package.Service` with pathType `Prefix`.';

function setTo(doc: number, path: Path, value: string, title: string): QuickFix {
  return { title, commands: [{ type: 'set', doc, path, value }] };
}

function pathTypeFinding(doc: number, entryPath: Path, pathType: unknown): Finding | undefined {
  const at = [...entryPath, 'pathType'];
  if (pathType === undefined || pathType === null) {
    return {
      severity: 'error',
      message:
        'This path has no `pathType`, which networking.k8s.io/v1 requires ("pathType must be specified"). ' +
        `Use \`Prefix\` to match the path and everything below it. ${GRPC_TIP}`,
      doc,
      path: at,
      fix: setTo(doc, at, 'Prefix', 'Set pathType to Prefix'),
    };
  }
  if (typeof pathType === 'string' && PATH_TYPES.includes(pathType)) return undefined;
  const written = typeof pathType === 'string' ? pathType : JSON.stringify(pathType);
  const suggestion =
    (typeof pathType === 'string' ? closestName(pathType, PATH_TYPES) : undefined) ?? 'Prefix';
  return {
    severity: 'error',
    message:
      `\`pathType: ${written}\` is not a path type; the API server accepts only \`Exact\`, \`Prefix\` ` +
      `and \`ImplementationSpecific\` (case-sensitive). Did you mean \`${suggestion}\`?`,
    doc,
    path: at,
    fix: setTo(doc, at, suggestion, `Set pathType to ${suggestion}`),
  };
}

/** What is wrong with a path under a valid pathType, as the API server says it. */
function pathProblem(path: string, pathType: string): string | undefined {
  if (pathType === 'ImplementationSpecific') {
    return path !== '' && !path.startsWith('/')
      ? 'must be an absolute path (start with `/`)'
      : undefined;
  }
  if (!path.startsWith('/')) return 'must be an absolute path (start with `/`)';
  const sequence = FORBIDDEN_SEQUENCES.find((forbidden) => path.includes(forbidden));
  if (sequence) return `must not contain \`${sequence}\``;
  const suffix = FORBIDDEN_SUFFIXES.find((forbidden) => path.endsWith(forbidden));
  if (suffix) return `cannot end with \`${suffix}\``;
  return undefined;
}

function pathFinding(
  doc: number,
  entryPath: Path,
  path: unknown,
  pathType: string,
): Finding | undefined {
  // An absent path is "" to the API; anything but a string is a type error for `schema`.
  if (path !== undefined && path !== null && typeof path !== 'string') return undefined;
  const value = typeof path === 'string' ? path : '';
  const problem = pathProblem(value, pathType);
  if (!problem) return undefined;
  const at = [...entryPath, 'path'];
  const absolute = value === '' ? '/' : `/${value}`;
  const notAbsolute = !value.startsWith('/');
  return {
    severity: 'error',
    message:
      `${value === '' ? 'An empty path' : `The path \`${value}\``} with pathType \`${pathType}\` ${problem}, ` +
      `so the API server rejects it. ${GRPC_TIP}`,
    doc,
    path: at,
    ...(notAbsolute ? { fix: setTo(doc, at, absolute, `Change the path to ${absolute}`) } : {}),
  };
}

function check({ ingresses }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { object } of ingresses) {
    const rules = asArray(asRecord(asRecord(object.object).spec).rules);
    rules.forEach((rule, ruleIndex) => {
      asArray(asRecord(asRecord(rule).http).paths).forEach((entry, pathIndex) => {
        if (!isRecord(entry)) return;
        const entryPath = ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex];
        const typeFinding = pathTypeFinding(object.doc, entryPath, entry.pathType);
        // Like the API: the path itself is only judged once its pathType is known.
        const finding =
          typeFinding ??
          (typeof entry.pathType === 'string'
            ? pathFinding(object.doc, entryPath, entry.path, entry.pathType)
            : undefined);
        if (finding) findings.push(finding);
      });
    });
  }
  return findings;
}

export const ingressPathInvalid: Rule = {
  id: 'ingress-path-invalid',
  description: 'Every Ingress path needs a known pathType and a clean absolute path.',
  help:
    'Each path of an Ingress needs a `pathType`: `Prefix` (the path and everything below it), `Exact` ' +
    'or `ImplementationSpecific`. With Exact and Prefix the path must start with `/` and must not ' +
    'contain `//`, `/./`, `/../` or `%2f`. gRPC calls arrive as `/package.Service/Method`, so `/` or ' +
    '`/package.Service` with Prefix is what a gRPC server needs.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#path-types',
  check,
};
