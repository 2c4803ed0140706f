import { locate } from '../yaml/locate';
import { positionAt, type ParsedManifest } from '../yaml/parse';
import type { LinkGraph } from '../links/types';
import { RULES } from './catalogue';
import { buildContext, type RuleOptions } from './context';
import type { Diagnostic, Finding, Rule, Severity, TextRange } from './types';

export interface CheckResult {
  diagnostics: Diagnostic[];
  graph: LinkGraph;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function rangeOf(manifest: ParsedManifest, finding: Finding): TextRange {
  if (finding.offset) {
    const [from, to] = finding.offset;
    return {
      start: positionAt(manifest.lineCounter, from),
      end: positionAt(manifest.lineCounter, to),
      offset: finding.offset,
    };
  }
  const document = manifest.documents[finding.doc];
  if (!document) {
    const start = positionAt(manifest.lineCounter, 0);
    return { start, end: start, offset: [0, 0] };
  }
  return locate(manifest, document, finding.path, finding.atKey ?? false);
}

function toDiagnostic(manifest: ParsedManifest, rule: Rule, finding: Finding): Diagnostic {
  const document = manifest.documents[finding.doc];
  return {
    ...finding,
    ruleId: rule.id,
    kind: document?.kind ?? null,
    name: document?.name ?? null,
    namespace: document?.namespace ?? null,
    range: rangeOf(manifest, finding),
  };
}

/**
 * Runs every rule of the catalogue over a parsed manifest. Diagnostics come in text order,
 * errors first where two share a place. `strict` lets a rule's exception through (tests);
 * otherwise a broken rule is skipped so that the editor stays usable.
 */
export function checkManifest(
  manifest: ParsedManifest,
  options: RuleOptions = {},
  strict = false,
): CheckResult {
  const context = buildContext(manifest, options);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    let findings: Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      if (strict) throw error;
      continue;
    }
    for (const finding of findings) diagnostics.push(toDiagnostic(manifest, rule, finding));
  }
  diagnostics.sort(
    (a, b) =>
      a.range.offset[0] - b.range.offset[0] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { diagnostics, graph: context.graph };
}
