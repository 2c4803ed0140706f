import { locate } from '../yaml/locate';
import { positionAt, type ParsedManifest } from '../yaml/parse';
import type { LinkGraph } from '../links/types';
import { runSliced, type Slicer } from '../slices';
import { RULES } from './catalogue';
import { contextSteps, type ManifestObject, type RuleContext, type RuleOptions } from './context';
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
 * What the object-scoped rules found in one object, kept with the object's plain value. A
 * keystroke re-reads only the edited document (yaml/incremental.ts) and keeps the plain values
 * of the others, so those rules look only at the edited object; on a 300-object manifest that
 * is most of their work saved. Valid for the same document index (findings name it) and profile.
 */
interface KeptFindings {
  doc: number;
  profile: RuleOptions['profile'];
  byRule: Map<Rule['id'], Finding[]>;
}
const keptFindings = new WeakMap<object, KeptFindings>();

function keptFor(object: ManifestObject, options: RuleOptions): KeptFindings | undefined {
  const kept = keptFindings.get(object.object as object);
  return kept && kept.doc === object.doc && kept.profile === options.profile ? kept : undefined;
}

/** Findings turned into diagnostics in one step (a rule can find one per object). */
const FINDINGS_PER_STEP = 250;

/** Objects an object-scoped rule looks at in one step of a check in slices. */
const OBJECTS_PER_STEP = 100;

/**
 * The context cut into parts of `OBJECTS_PER_STEP` fresh objects each. Every object-scoped rule
 * of a check usually has the same fresh objects (all of them when a file is opened), so the
 * parts are made once per check and shared, not once per rule.
 */
const partsOf = new WeakMap<RuleContext, { fresh: ManifestObject[]; parts: RuleContext[] }>();

function slicesOf(context: RuleContext, fresh: ManifestObject[]): RuleContext[] {
  const made = partsOf.get(context);
  if (made && made.fresh.length === fresh.length && made.fresh.every((o, i) => o === fresh[i]))
    return made.parts;
  const parts: RuleContext[] = [];
  for (let from = 0; from < fresh.length; from += OBJECTS_PER_STEP) {
    const part = new Set(fresh.slice(from, from + OBJECTS_PER_STEP));
    const only = <T extends { object: ManifestObject }>(entries: readonly T[]) =>
      entries.filter((entry) => part.has(entry.object));
    parts.push({
      ...context,
      objects: [...part],
      ingresses: only(context.ingresses),
      services: only(context.services),
      deployments: only(context.deployments),
    });
  }
  partsOf.set(context, { fresh, parts });
  return parts;
}

/**
 * An object-scoped rule's findings: kept ones for unchanged objects, the rule run on the rest,
 * a step per `OBJECTS_PER_STEP` of them (one rule over 1,000 objects can take 40 ms, and 200
 * of them took 60 ms on a slow day).
 */
function* objectScopedFindings(context: RuleContext, rule: Rule): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  const fresh: ManifestObject[] = [];
  for (const object of context.objects) {
    const kept = keptFor(object, context.options)?.byRule.get(rule.id);
    if (kept) findings.push(...kept);
    else fresh.push(object);
  }
  if (fresh.length === 0) return findings;
  const found: Finding[] = [];
  for (const [index, part] of slicesOf(context, fresh).entries()) {
    if (index > 0) yield;
    found.push(...rule.check(part));
  }
  // Grouped in one pass: filtering `found` once per object is quadratic on a whole read.
  const foundByDoc = new Map<number, Finding[]>();
  for (const finding of found) {
    const group = foundByDoc.get(finding.doc);
    if (group) group.push(finding);
    else foundByDoc.set(finding.doc, [finding]);
  }
  for (const object of fresh) {
    let kept = keptFor(object, context.options);
    if (!kept) {
      kept = { doc: object.doc, profile: context.options.profile, byRule: new Map() };
      keptFindings.set(object.object as object, kept);
    }
    kept.byRule.set(rule.id, foundByDoc.get(object.doc) ?? []);
  }
  return [...findings, ...found];
}

/**
 * A rule's findings as diagnostics, pausing every `FINDINGS_PER_STEP` of them: placing a finding
 * in the text searches its document, and a rule over 1,000 objects can find one in each.
 */
export function* diagnosticsSteps(
  manifest: ParsedManifest,
  rule: Rule,
  findings: readonly Finding[],
): Generator<void, Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const [index, finding] of findings.entries()) {
    if (index > 0 && index % FINDINGS_PER_STEP === 0) yield;
    diagnostics.push(toDiagnostic(manifest, rule, finding));
  }
  return diagnostics;
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
  return runSliced(checkingSteps(manifest, options, strict));
}

/** `checkManifest`, pausing between rules when `slicer` says so (see slices.ts). */
export function checkManifestInSlices(
  manifest: ParsedManifest,
  options: RuleOptions,
  slicer: Slicer,
): Promise<CheckResult> {
  return slicer.run(checkingSteps(manifest, options, false));
}

/** The steps of a check: linking the objects, then one rule each, then the sorted result. */
function* checkingSteps(
  manifest: ParsedManifest,
  options: RuleOptions,
  strict: boolean,
): Generator<void, CheckResult> {
  const context = yield* contextSteps(manifest, options);
  yield;
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    let findings: Finding[] = [];
    try {
      findings =
        rule.scope === 'object' ? yield* objectScopedFindings(context, rule) : rule.check(context);
    } catch (error) {
      if (strict) throw error;
    }
    diagnostics.push(...(yield* diagnosticsSteps(manifest, rule, findings)));
    yield;
  }
  diagnostics.sort(
    (a, b) =>
      a.range.offset[0] - b.range.offset[0] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { diagnostics, graph: context.graph };
}
