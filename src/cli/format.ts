import { formatPath } from '../core/schema/validate';
import type { Severity } from '../core/rules/types';
import type { FileDiagnostic } from './check-files';

/** One element of `--format json`: the contract of RULES.md, "The CLI's JSON format". */
export interface JsonDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: string | null;
  name: string | null;
  namespace: string | null;
  path: string;
  /** The title of the quick fix the editor offers, or null. */
  fix: string | null;
}

export function toJson(item: FileDiagnostic): JsonDiagnostic {
  const { diagnostic } = item;
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: item.file,
    line: item.start.line,
    column: item.start.column,
    endLine: item.end.line,
    endColumn: item.end.column,
    kind: diagnostic.kind,
    name: diagnostic.name,
    namespace: diagnostic.namespace,
    path: formatPath(diagnostic.path),
    fix: diagnostic.fix?.title ?? null,
  };
}

/** Exactly one JSON array, so that `jq` and CI annotations can read stdout as it is. */
export function formatJson(items: readonly FileDiagnostic[]): string {
  return `${JSON.stringify(items.map(toJson), null, 2)}\n`;
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: '\u001b[31m', // red
  warning: '\u001b[33m', // yellow
  info: '\u001b[36m', // cyan
};
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${RESET}` : text;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summary(items: readonly FileDiagnostic[], fileCount: number): string {
  const count = (severity: Severity) =>
    items.filter((item) => item.diagnostic.severity === severity).length;
  return (
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ` +
    `${count('info')} info in ${plural(fileCount, 'file')}`
  );
}

/**
 * `file:line:col: severity rule-id message`, the shape compilers print, so that editors and
 * CI log viewers turn it into a link. A message is kept on its one line.
 */
export function formatText(
  items: readonly FileDiagnostic[],
  fileCount: number,
  color: boolean,
): string {
  const lines = items.map(({ diagnostic, file, start }) => {
    const severity = paint(diagnostic.severity, SEVERITY_COLOR[diagnostic.severity], color);
    const message = diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' ');
    return `${file}:${start.line}:${start.column}: ${severity} ${paint(diagnostic.ruleId, DIM, color)} ${message}`;
  });
  lines.push(summary(items, fileCount));
  return `${lines.join('\n')}\n`;
}

/** 1 when any error is reported: warnings and info never fail a build. */
export function exitStatus(items: readonly FileDiagnostic[]): 0 | 1 {
  return items.some((item) => item.diagnostic.severity === 'error') ? 1 : 0;
}
