/**
 * The schema check over the real-world corpus (../shared/corpus, or $KUBEWIRE_CORPUS):
 * (a) the interpreter gives the same verdict as ajv compiled from the same generated schema;
 * (b) exactly the files we know to be broken have schema issues;
 * (c) the committed generated schema is what the generator makes from the corpus OpenAPI docs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  generateSchemas,
  OUTPUT_FILE,
  readOpenApiDocs,
  serializeSchemas,
} from '../../../scripts/generate-schemas';
import { corpusDir, corpusFiles, describeCorpus } from '../../testing/corpus';
import schemas from './generated/k8s-1.35.json';
import { hasSchemaFor, validateAgainstSchema, type SchemaBundle } from './validate';

const bundle = schemas as unknown as SchemaBundle;

interface CorpusDocument {
  file: string;
  index: number;
  obj: Record<string, unknown>;
}

interface Corpus {
  /** Files the yaml library cannot parse: they never reach the schema check. */
  yamlErrors: string[];
  /** Documents of a kind with a bundled schema. */
  documents: CorpusDocument[];
}

function loadCorpus(): Corpus {
  const corpus: Corpus = { yamlErrors: [], documents: [] };
  for (const { name: file, text } of corpusFiles()) {
    const docs = parseAllDocuments(text);
    if (docs.some((doc) => doc.errors.length > 0)) {
      corpus.yamlErrors.push(file);
      continue;
    }
    docs.forEach((doc, index) => {
      const obj: unknown = doc.toJS();
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return;
      const record = obj as Record<string, unknown>;
      if (hasSchemaFor(record.apiVersion, record.kind)) {
        corpus.documents.push({ file, index, obj: record });
      }
    });
  }
  return corpus;
}

/** A copy without null-valued properties: the validator treats them as absent, ajv cannot. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) out[key] = withoutNulls(child);
  }
  return out;
}

function ajvValidators(): (obj: Record<string, unknown>) => boolean {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'k8s.json', definitions: bundle.definitions });
  const compiled = new Map<string, ValidateFunction>();
  return (obj) => {
    const name = bundle.kinds[`${String(obj.apiVersion)}/${String(obj.kind)}`];
    if (name === undefined) throw new Error('no schema');
    let validate = compiled.get(name);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `k8s.json#/definitions/${name}` });
      compiled.set(name, validate);
    }
    return validate(withoutNulls(obj));
  };
}

type Mutable = Record<string | number, unknown>;

/**
 * Deterministic broken variants of a valid object, so the cross-check also covers invalid input:
 * a wrongly cased key, a quoted number, a number where a string belongs, a dropped key, a list
 * turned into a map. Every 5th node of the object is mutated, one mutation per variant.
 */
function mutants(obj: Record<string, unknown>): Record<string, unknown>[] {
  const parents: [Mutable, string | number][] = [];
  const walk = (node: unknown, root: boolean): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      // apiVersion and kind select the schema: changing them tests nothing.
      if (root && (key === 'apiVersion' || key === 'kind')) continue;
      parents.push([node as Mutable, Array.isArray(node) ? Number(key) : key]);
      walk(child, false);
    }
  };
  const out: Record<string, unknown>[] = [];
  for (let i = 0; ; i += 5) {
    const copy = structuredClone(obj);
    parents.length = 0;
    walk(copy, true);
    const target = parents[i];
    if (target === undefined) return out;
    const [parent, key] = target;
    const value = parent[key];
    switch ((i / 5) % 4) {
      case 0:
        if (typeof key === 'string' && !Array.isArray(parent)) {
          Reflect.deleteProperty(parent, key);
          parent[key.charAt(0).toUpperCase() + key.slice(1) + (/^[A-Z]/.test(key) ? 'x' : '')] =
            value;
        }
        break;
      case 1:
        parent[key] = typeof value === 'number' ? String(value) : 42;
        break;
      case 2:
        if (Array.isArray(parent)) parent[key] = null;
        else Reflect.deleteProperty(parent, key);
        break;
      default:
        parent[key] = Array.isArray(value) ? Object.fromEntries(value.entries()) : [value];
    }
    out.push(copy);
  }
}

describeCorpus('schema corpus', () => {
  const corpus = loadCorpus();
  it('has documents of the bundled kinds to check', () => {
    expect(corpus.documents.length).toBeGreaterThan(50);
    const kinds = new Set(corpus.documents.map(({ obj }) => String(obj.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['Deployment', 'Service', 'Ingress']));
  });

  it('(a) gives the same verdict as ajv on every document and on broken variants', () => {
    const ajvAccepts = ajvValidators();
    let checked = 0;
    let invalid = 0;
    const disagreements: string[] = [];
    for (const { file, index, obj } of corpus.documents) {
      for (const [variant, candidate] of [obj, ...mutants(obj)].entries()) {
        const ours = validateAgainstSchema(candidate);
        const theirs = ajvAccepts(candidate);
        checked++;
        if (ours.length > 0) invalid++;
        if ((ours.length === 0) !== theirs) {
          disagreements.push(`${file}#${index} variant ${variant}: ours ${JSON.stringify(ours)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // The variants make sure the comparison is not only over valid objects.
    expect(checked).toBeGreaterThan(500);
    expect(invalid).toBeGreaterThan(checked / 3);
  });

  it('(b) finds schema issues in exactly the files known to be broken', () => {
    const found: Record<string, string[]> = {};
    for (const { file, index, obj } of corpus.documents) {
      for (const issue of validateAgainstSchema(obj)) {
        (found[`${file}#${index}`] ??= []).push(`${issue.keyword}: ${issue.message}`);
      }
    }
    expect(found).toEqual({
      // Migrated from extensions/v1beta1 to apps/v1 without adding spec.selector, which apps/v1
      // requires (fixed upstream in ingress-nginx 003d1ef, "add selector labels").
      'ingress-nginx__docs__examples__grpc__app__at-0dce5be-BROKEN-no-selector.yaml#0': [
        'required: spec.selector is required',
      ],
    });
    // `http:` is indented as a sibling of `- host:`: a YAML error, reported by the parser, so
    // the schema never sees it.
    expect(corpus.yamlErrors).toEqual([
      'argo-cd__docs__operator-manual__ingress__extracted-gke-ingress__at-2f83312-BROKEN-indentation.yaml',
    ]);
  });

  it('(c) the committed generated schema is up to date with the corpus OpenAPI documents', () => {
    const generated = generateSchemas(readOpenApiDocs(join(corpusDir, 'openapi')));
    expect(generated).toEqual(schemas);
    // Byte for byte too, so `npm run schemas` gives no diff.
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(serializeSchemas(generated));
  });
});
