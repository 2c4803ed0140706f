import type { EditCommand, Path } from '../yaml/edit';
import type { TextPosition } from '../yaml/parse';
import type { RuleContext } from './context';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The stable ids of ../shared/RULES.md. They are a public contract (the CLI prints them, users
 * put them in CI logs): never rename one, add a new one instead.
 */
export const RULE_IDS = [
  // Links
  'ingress-service-missing',
  'ingress-port-missing',
  'route-parent-missing',
  'route-service-missing',
  'route-port-missing',
  'service-selector-missing',
  'service-selector-no-match',
  'service-selector-ambiguous',
  'service-target-port-missing',
  'deployment-selector-mismatch',
  'probe-port-missing',
  // Objects the API server would reject
  'yaml-syntax',
  'schema',
  'invalid-name',
  'invalid-label',
  'invalid-port-name',
  'invalid-port-number',
  'duplicate-port-name',
  'service-port-name-required',
  'invalid-protocol',
  'duplicate-object',
  'ingress-backend-invalid',
  'ingress-path-invalid',
  'ingress-host-invalid',
  'ingress-class-conflict',
  'ingress-api-removed',
  'invalid-quantity',
  'requests-exceed-limits',
  'probe-handler-invalid',
  'grpc-probe-port-not-number',
  // gRPC through the ingress, and likely bugs
  'grpc-backend-protocol-missing',
  'grpc-tls-missing',
  'memory-milli-units',
  'ingress-class-missing',
  'ingress-class-annotation-deprecated',
  'ingress-nginx-retired',
  'image-tag-mutable',
  'image-unexpanded-variable',
  'okteto-host-missing',
  'readiness-probe-missing',
  'resources-missing',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** A repair that is obvious enough to offer as one click: the same commands the forms use. */
export interface QuickFix {
  /** What the fix does, for its button: "Rename the container port to grpc". */
  title: string;
  /** The edit commands; empty for a fix that `derive`s them (read them with `fixCommands`). */
  commands: EditCommand[];
  /**
   * For a fix that rewrites the whole manifest (a profile switch): makes the commands from the
   * text as it is when the fix is applied. Such a fix is one shared object, so it stays equal
   * from one keystroke to the next at no cost, and never applies commands made for an older
   * text. Making them on every check cost ~30 ms a keystroke at 300 objects.
   */
  derive?: (text: string) => EditCommand[];
}

/** The commands that apply a fix to `text` (the text the diagnostic was found in, or later). */
export function fixCommands(fix: QuickFix, text: string): EditCommand[] {
  return fix.derive ? fix.derive(text) : fix.commands;
}

/** A finding as a rule reports it: the runner adds the object and the text position. */
export interface Finding {
  severity: Severity;
  /** For a beginner: what is wrong, with the actual values on both sides, and what to do. */
  message: string;
  /** Index of the document the finding is about. */
  doc: number;
  /** The field it is about, e.g. ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'name']. */
  path: Path;
  /** Point at the key of the field rather than its value (an unknown field, a duplicate key). */
  atKey?: boolean;
  /** Offsets in the text, for findings that are not about a field (a YAML syntax error). */
  offset?: readonly [number, number];
  fix?: QuickFix;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
  /** Offsets in the manifest text. */
  offset: readonly [number, number];
}

/** A finding with its rule, its object and where it is in the text: what every view shows. */
export interface Diagnostic extends Finding {
  ruleId: RuleId;
  kind: string | null;
  name: string | null;
  namespace: string | null;
  range: TextRange;
}

export interface Rule {
  id: RuleId;
  /** One line: what the rule checks. */
  description: string;
  /** A few sentences for a beginner: why it matters and how to fix it. */
  help: string;
  /** Where to read more (official documentation). */
  docsUrl: string;
  /**
   * 'object' when what the rule finds in an object depends on that object alone (and the
   * options), never on the others: the runner then keeps its findings for each unchanged object
   * from one check to the next (see run.ts). Leave it out when in doubt.
   */
  scope?: 'object';
  check: (context: RuleContext) => Finding[];
}
