/**
 * Checks a plain object (one parsed YAML document) against the official Kubernetes 1.35 schema
 * bundled in ./generated/k8s-1.35.json (see scripts/generate-schemas.ts).
 *
 * A small interpreter rather than ajv: ajv compiles schemas with `new Function`, which a strict
 * Content-Security-Policy forbids. The generated file only uses $ref, type, properties, required,
 * additionalProperties, items, enum and oneOf/anyOf, so that is all this interprets; the schema is
 * walked as it is, with nothing precomputed per call. corpus.test.ts proves it agrees with ajv.
 *
 * Like the API server, a property whose value is `null` counts as absent: `creationTimestamp: null`
 * (written by `kubectl create --dry-run=client -o yaml`) is fine, and a required property that is
 * null is missing.
 */
import { closestName } from '../text/suggest';
import schemas from './generated/k8s-1.35.json';

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

/** The JSON Schema subset the generated file uses. */
export interface SchemaNode {
  $ref?: string;
  description?: string;
  type?: SchemaType;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

export interface SchemaBundle {
  kubernetesVersion: string;
  /** `<apiVersion>/<Kind>` → definition name. */
  kinds: Record<string, string>;
  definitions: Record<string, SchemaNode>;
}

export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  keyword: 'unknown-field' | 'type' | 'required' | 'enum' | 'oneOf';
}

export const MAX_ISSUES_PER_OBJECT = 100;

// The JSON module's inferred type is a huge literal type; the interface above is what it is.
const bundle = schemas as unknown as SchemaBundle;
const REF_PREFIX = '#/definitions/';

type Path = (string | number)[];
type PlainObject = Record<string, unknown>;

interface Context {
  issues: SchemaIssue[];
  limit: number;
}

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function definitionNameFor(apiVersion: unknown, kind: unknown): string | undefined {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const key = `${apiVersion}/${kind}`;
  return Object.hasOwn(bundle.kinds, key) ? bundle.kinds[key] : undefined;
}

export function hasSchemaFor(apiVersion: unknown, kind: unknown): boolean {
  return definitionNameFor(apiVersion, kind) !== undefined;
}

/** The bundled schema for a definition name (for hover text and completion). */
export function getDefinition(name: string): SchemaNode | undefined {
  return Object.hasOwn(bundle.definitions, name) ? bundle.definitions[name] : undefined;
}

/** The schema of a kind, e.g. `getKindSchema('apps/v1', 'Deployment')`. */
export function getKindSchema(apiVersion: unknown, kind: unknown): SchemaNode | undefined {
  const name = definitionNameFor(apiVersion, kind);
  return name === undefined ? undefined : getDefinition(name);
}

/** Issues of one object, in document order, at most MAX_ISSUES_PER_OBJECT. */
export function validateAgainstSchema(obj: unknown): SchemaIssue[] {
  if (!isPlainObject(obj)) return [];
  const name = definitionNameFor(obj.apiVersion, obj.kind);
  if (name === undefined) return [];
  const ctx: Context = { issues: [], limit: MAX_ISSUES_PER_OBJECT };
  validate(obj, { $ref: REF_PREFIX + name }, [], ctx, String(obj.kind));
  return ctx.issues;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `spec.template.spec.containers[0].ports[1].name`; keys that are not plain words are quoted. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Resolved references: resolving one cut a new string each time, for every field checked. */
const resolvedRefs = new Map<string, SchemaNode>();

function resolveRef(ref: string): SchemaNode {
  const known = resolvedRefs.get(ref);
  if (known) return known;
  const target = ref.startsWith(REF_PREFIX)
    ? getDefinition(ref.slice(REF_PREFIX.length))
    : undefined;
  if (target === undefined) throw new Error(`kubewire: dangling schema reference ${ref}`);
  resolvedRefs.set(ref, target);
  return target;
}

function full(ctx: Context): boolean {
  return ctx.issues.length >= ctx.limit;
}

function report(ctx: Context, issue: SchemaIssue): void {
  if (!full(ctx)) ctx.issues.push(issue);
}

function hasType(value: unknown, type: SchemaType): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
  }
}

/**
 * `kind` names the root object in messages ("at the top level of the Deployment"). `path` is
 * shared and mutated (push/pop) while walking; issues get a copy.
 */
function validate(value: unknown, node: SchemaNode, path: Path, ctx: Context, kind: string): void {
  let schema = node;
  while (schema.$ref !== undefined) schema = resolveRef(schema.$ref);

  if (schema.type !== undefined && !hasType(value, schema.type)) {
    report(ctx, {
      path: [...path],
      keyword: 'type',
      message: typeMessage(path, [schema.type], value),
    });
    return;
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    report(ctx, {
      path: [...path],
      keyword: 'enum',
      message: enumMessage(path, schema.enum, value),
    });
    return;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) {
    let matches = 0;
    for (const alternative of alternatives) if (matchesSchema(value, alternative)) matches++;
    const ok = schema.oneOf !== undefined ? matches === 1 : matches > 0;
    if (!ok) {
      report(ctx, {
        path: [...path],
        keyword: 'oneOf',
        message: oneOfMessage(path, alternatives, value),
      });
      return;
    }
  }

  if (Array.isArray(value)) {
    if (schema.items === undefined) return;
    for (let i = 0; i < value.length && !full(ctx); i++) {
      path.push(i);
      validate(value[i], schema.items, path, ctx, kind);
      path.pop();
    }
    return;
  }

  if (!isPlainObject(value)) return;
  const { properties, additionalProperties } = schema;
  for (const key of Object.keys(value)) {
    if (full(ctx)) return;
    const child = value[key];
    if (child === null) continue; // null means "not set", as for the API server
    let childSchema: SchemaNode | undefined;
    if (properties !== undefined && Object.hasOwn(properties, key)) {
      childSchema = properties[key];
    } else if (additionalProperties === false) {
      path.push(key);
      report(ctx, {
        path: [...path],
        keyword: 'unknown-field',
        message: unknownFieldMessage(path, key, properties ?? {}, kind),
      });
      path.pop();
      continue;
    } else if (typeof additionalProperties === 'object') {
      childSchema = additionalProperties;
    }
    if (childSchema === undefined) continue;
    path.push(key);
    validate(child, childSchema, path, ctx, kind);
    path.pop();
  }
  if (schema.required === undefined) return;
  for (const key of schema.required) {
    if (value[key] === undefined || value[key] === null) {
      path.push(key);
      report(ctx, {
        path: [...path],
        keyword: 'required',
        message: `${formatPath(path)} is required`,
      });
      path.pop();
    }
  }
}

/** Whether `value` has no issue at all under `schema` (for oneOf/anyOf branches). */
function matchesSchema(value: unknown, schema: SchemaNode): boolean {
  let resolved = schema;
  while (resolved.$ref !== undefined) resolved = resolveRef(resolved.$ref);
  // A branch that is a type alone (IntOrString's integer or string): no walk needed.
  if (isTypeOnly(resolved)) return resolved.type === undefined || hasType(value, resolved.type);
  const probe: Context = { issues: [], limit: 1 };
  validate(value, schema, [], probe, '');
  return probe.issues.length === 0;
}

/** A schema that says nothing but its type (a description aside). */
function isTypeOnly(schema: SchemaNode): boolean {
  return (
    schema.properties === undefined &&
    schema.required === undefined &&
    schema.additionalProperties === undefined &&
    schema.items === undefined &&
    schema.enum === undefined &&
    schema.oneOf === undefined &&
    schema.anyOf === undefined
  );
}

// --- Messages: for beginners, naming the actual values. ---

const TYPE_NAMES: Record<SchemaType, string> = {
  object: 'an object (a map of fields)',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(truncate(value))})`;
    case 'number':
      return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function subject(path: Path): string {
  return path.length === 0 ? 'The object' : formatPath(path);
}

function typeMessage(path: Path, expected: SchemaType[], value: unknown): string {
  const names = expected.map((type) => TYPE_NAMES[type]).join(' or ');
  let hint = '';
  const wantsNumber = expected.includes('integer') || expected.includes('number');
  if (wantsNumber && typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value))) {
    hint = ' — remove the quotes';
  } else if (
    expected.includes('string') &&
    (typeof value === 'number' || typeof value === 'boolean')
  ) {
    hint = ` — put it in quotes: "${String(value)}"`;
  }
  return `${subject(path)} must be ${names}, not ${describeValue(value)}${hint}`;
}

function enumMessage(path: Path, allowed: unknown[], value: unknown): string {
  const list = allowed.map((item) => JSON.stringify(item)).join(', ');
  return `${subject(path)} must be one of ${list}, not ${describeValue(value)}`;
}

function oneOfMessage(path: Path, alternatives: SchemaNode[], value: unknown): string {
  const types: SchemaType[] = [];
  for (const alternative of alternatives) {
    let schema = alternative;
    while (schema.$ref !== undefined) schema = resolveRef(schema.$ref);
    if (schema.type === undefined) {
      return `${subject(path)} does not match any allowed form (${describeValue(value)})`;
    }
    types.push(schema.type);
  }
  return typeMessage(path, types, value);
}

const MAX_LISTED_FIELDS = 8;

function unknownFieldMessage(
  path: Path,
  key: string,
  properties: Record<string, SchemaNode>,
  kind: string,
): string {
  const parent = path.slice(0, -1);
  const where =
    parent.length === 0 ? `at the top level of the ${kind}` : `in ${formatPath(parent)}`;
  const known = Object.keys(properties);
  const suggestion = closestName(key, known);
  let help = '';
  if (suggestion !== undefined) help = ` — did you mean "${suggestion}"?`;
  else if (known.length === 0) help = ' — this object takes no fields';
  else if (known.length <= MAX_LISTED_FIELDS) {
    help = ` — allowed fields: ${known.map((name) => `"${name}"`).join(', ')}`;
  }
  return `Unknown field ${JSON.stringify(key)} ${where}${help}`;
}
