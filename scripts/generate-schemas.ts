/**
 * Builds src/core/schema/generated/k8s-1.35.json from the official Kubernetes OpenAPI v3
 * documents (core/v1, apps/v1, networking.k8s.io/v1).
 *
 *   npx tsx scripts/generate-schemas.ts          (or: npm run schemas)
 *   KUBEWIRE_OPENAPI_DIR=/path/to/openapi npm run schemas
 *
 * The output is committed, so a fresh clone needs nothing outside the repository. It is a strict
 * schema: every object with `properties` and no `additionalProperties` rejects unknown fields,
 * because a wrongly cased key (`Service:` for `service:`) is exactly the mistake the API server
 * rejects and beginners cannot see. The serialisation is deterministic (sorted keys), so
 * regenerating from the same documents gives no diff; corpus.test.ts checks it is up to date.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const KUBERNETES_VERSION = '1.35';

/** The OpenAPI v3 documents we read, as named in kubernetes/kubernetes `api/openapi-spec/v3/`. */
export const OPENAPI_FILES = [
  'api__v1_openapi.json',
  'apis__apps__v1_openapi.json',
  'apis__networking.k8s.io__v1_openapi.json',
] as const;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_FILE = join(REPO_ROOT, 'src/core/schema/generated/k8s-1.35.json');

const OPENAPI_REF_PREFIX = '#/components/schemas/';
const OUTPUT_REF_PREFIX = '#/definitions/';
/** Kinds defined by apimachinery (Status, DeleteOptions, WatchEvent, …) are API plumbing, not objects a user writes. */
const META_PREFIX = 'io.k8s.apimachinery';
const MAX_DESCRIPTION = 300;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

export interface GeneratedSchemas {
  kubernetesVersion: string;
  /** `<apiVersion>/<Kind>` (e.g. `apps/v1/Deployment`, `v1/Service`) → definition name. */
  kinds: Record<string, string>;
  definitions: Record<string, JsonObject>;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first sentence, on one line, at most MAX_DESCRIPTION characters: it is only hover text. */
export function shortDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.*?[.!?])(?=\s|$)/.exec(oneLine)?.[1] ?? oneLine;
  if (sentence.length <= MAX_DESCRIPTION) return sentence;
  const cut = sentence.slice(0, MAX_DESCRIPTION - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > MAX_DESCRIPTION / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** Rewrites one OpenAPI schema node into the subset the validator interprets. */
function transform(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => transform(item, refs));
  if (!isObject(node)) return node;

  // `allOf: [{$ref}]` is how OpenAPI v3 attaches a description/default to a reference.
  const allOf = node.allOf;
  let source: JsonObject = node;
  if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0])) {
    source = { ...allOf[0] };
    for (const [key, value] of Object.entries(node)) if (key !== 'allOf') source[key] = value;
  }

  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('x-')) continue; // x-kubernetes-* (list types, patch strategies, GVKs)
    switch (key) {
      case 'format': // int32, date-time, int-or-string, …: not checked, and it saves space
      case 'default': // the server fills defaults in; a default never makes a manifest invalid
      case 'discriminator':
        continue;
      case 'description':
        if (typeof value === 'string') out.description = shortDescription(value);
        continue;
      case '$ref': {
        if (typeof value !== 'string' || !value.startsWith(OPENAPI_REF_PREFIX)) {
          throw new Error(`Unsupported $ref ${JSON.stringify(value)}`);
        }
        const name = value.slice(OPENAPI_REF_PREFIX.length);
        refs.add(name);
        out.$ref = OUTPUT_REF_PREFIX + name;
        continue;
      }
      case 'properties': {
        if (!isObject(value)) throw new Error('properties must be an object');
        const properties: JsonObject = {};
        for (const [name, schema] of Object.entries(value)) {
          properties[name] = transform(schema, refs);
        }
        out.properties = properties;
        continue;
      }
      case 'type':
      case 'required':
      case 'enum':
        out[key] = value;
        continue;
      case 'items':
      case 'additionalProperties':
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
        out[key] = transform(value, refs);
        continue;
      default:
        throw new Error(
          `Unsupported schema keyword "${key}": teach the generator and the validator`,
        );
    }
  }
  // Strict objects: the API server rejects unknown fields (kubectl's default --validate=strict).
  if (out.properties !== undefined && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function schemasOf(doc: unknown, index: number): JsonObject {
  const schemas = isObject(doc) && isObject(doc.components) ? doc.components.schemas : undefined;
  if (!isObject(schemas)) throw new Error(`OpenAPI document #${index} has no components.schemas`);
  return schemas;
}

/** Pure: OpenAPI v3 documents in, the bundled schema file content out. */
export function generateSchemas(openapiDocs: readonly unknown[]): GeneratedSchemas {
  const source = new Map<string, Json>();
  for (const [index, doc] of openapiDocs.entries()) {
    for (const [name, schema] of Object.entries(schemasOf(doc, index))) {
      const previous = source.get(name);
      if (previous !== undefined && stableStringify(previous) !== stableStringify(schema)) {
        throw new Error(`Definition ${name} differs between the OpenAPI documents`);
      }
      source.set(name, schema);
    }
  }

  const kinds: Record<string, string> = {};
  for (const [name, schema] of source) {
    if (name.startsWith(META_PREFIX) || !isObject(schema)) continue;
    const gvks = schema['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks) {
      if (!isObject(gvk)) continue;
      const { group, version, kind } = gvk;
      if (typeof group !== 'string' || typeof version !== 'string' || typeof kind !== 'string') {
        continue;
      }
      if (kind.endsWith('List')) continue;
      const apiVersion = group === '' ? version : `${group}/${version}`;
      kinds[`${apiVersion}/${kind}`] = name;
    }
  }

  // Only what the kinds reach, transitively through $ref.
  const definitions: Record<string, JsonObject> = {};
  const pending = [...new Set(Object.values(kinds))];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (Object.hasOwn(definitions, name)) continue;
    const schema = source.get(name);
    if (schema === undefined) throw new Error(`Dangling $ref to ${name}`);
    const refs = new Set<string>();
    const transformed = transform(schema, refs);
    if (!isObject(transformed)) throw new Error(`Definition ${name} is not an object`);
    definitions[name] = transformed;
    for (const ref of refs) if (!Object.hasOwn(definitions, ref)) pending.push(ref);
  }

  return sortKeys({ kubernetesVersion: KUBERNETES_VERSION, kinds, definitions });
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item)) as T;
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as Json);
  return out as T;
}

function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * Compact but diff-friendly: one line per kind and per definition, sorted, so a regenerated file
 * only differs where Kubernetes changed something.
 */
export function serializeSchemas(schemas: GeneratedSchemas): string {
  const section = (record: Record<string, unknown>): string =>
    Object.keys(record)
      .sort()
      .map((key) => `    ${JSON.stringify(key)}: ${stableStringify(record[key])}`)
      .join(',\n');
  return (
    '{\n' +
    `  "definitions": {\n${section(schemas.definitions)}\n  },\n` +
    `  "kinds": {\n${section(schemas.kinds)}\n  },\n` +
    `  "kubernetesVersion": ${JSON.stringify(schemas.kubernetesVersion)}\n` +
    '}\n'
  );
}

/** The directory holding the OpenAPI documents: $KUBEWIRE_OPENAPI_DIR or ../shared/corpus/openapi. */
export function defaultOpenApiDir(): string {
  return resolve(REPO_ROOT, process.env.KUBEWIRE_OPENAPI_DIR ?? '../shared/corpus/openapi');
}

export function readOpenApiDocs(dir: string): unknown[] {
  return OPENAPI_FILES.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);
}

function main(): void {
  const dir = defaultOpenApiDir();
  const missing = OPENAPI_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    const problem = existsSync(dir)
      ? `${dir} is missing ${missing.join(', ')}`
      : `the OpenAPI directory ${dir} does not exist`;
    console.error(
      `kubewire: cannot generate schemas: ${problem}.\n` +
        'Point KUBEWIRE_OPENAPI_DIR at a directory with the Kubernetes 1.35 OpenAPI v3 documents ' +
        '(kubernetes/kubernetes api/openapi-spec/v3/ on branch release-1.35).',
    );
    process.exit(1);
  }
  const schemas = generateSchemas(readOpenApiDocs(dir));
  mkdirSync(dirname(OUTPUT_FILE), { recursive: true });
  writeFileSync(OUTPUT_FILE, serializeSchemas(schemas));
  const { size } = statSync(OUTPUT_FILE);
  console.log(
    `Wrote ${OUTPUT_FILE}: ${size.toLocaleString('en')} bytes, ` +
      `${Object.keys(schemas.kinds).length} kinds, ` +
      `${Object.keys(schemas.definitions).length} definitions.`,
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) main();
