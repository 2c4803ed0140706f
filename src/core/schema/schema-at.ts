/**
 * The bundled schema at a path inside an object, for hover text and completion: which fields a
 * map may have there, what each one means and what type it takes.
 */
import { getDefinition, getKindSchema, type SchemaNode } from './validate';

type Path = readonly (string | number)[];

const REF_PREFIX = '#/definitions/';
/** The generated file has no reference cycles this long; a guard, not a limit anyone meets. */
const MAX_REFS = 32;

export interface PropertyInfo {
  name: string;
  description: string;
  required: boolean;
  /** e.g. `string`, `integer`, `object`, `array`, `integer | string`. */
  type: string;
}

/** Follows `$ref`s; the description nearest to the field wins (it says what the field is for). */
function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  let description = node.description;
  for (let i = 0; i < MAX_REFS && current.$ref !== undefined; i++) {
    const name = current.$ref.startsWith(REF_PREFIX)
      ? current.$ref.slice(REF_PREFIX.length)
      : undefined;
    const target = name === undefined ? undefined : getDefinition(name);
    if (target === undefined) break;
    current = target;
    description ??= current.description;
  }
  if (current === node || description === current.description) return current;
  return { ...current, description };
}

/** The node itself and, for `oneOf`/`anyOf`, each alternative: where to look for fields. */
function shapes(node: SchemaNode): SchemaNode[] {
  return [node, ...(node.oneOf ?? node.anyOf ?? []).map(resolve)];
}

function child(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  for (const shape of shapes(node)) {
    if (typeof segment === 'number') {
      if (shape.items !== undefined) return shape.items;
    } else if (shape.properties !== undefined && Object.hasOwn(shape.properties, segment)) {
      return shape.properties[segment];
    } else if (typeof shape.additionalProperties === 'object') {
      return shape.additionalProperties;
    }
  }
  return undefined;
}

/** The schema at `path` in an object of this kind, with `$ref`s followed; undefined if unknown. */
export function schemaAt(apiVersion: unknown, kind: unknown, path: Path): SchemaNode | undefined {
  const root = getKindSchema(apiVersion, kind);
  if (root === undefined) return undefined;
  let node = resolve(root);
  for (const segment of path) {
    const next = child(node, segment);
    if (next === undefined) return undefined;
    node = resolve(next);
  }
  return node;
}

/** A short name for the type a schema node takes. */
export function typeName(node: SchemaNode): string {
  const resolved = resolve(node);
  if (resolved.type !== undefined) return resolved.type;
  const alternatives = (resolved.oneOf ?? resolved.anyOf ?? []).map(resolve);
  const types = alternatives.map((alternative) => alternative.type).filter((type) => !!type);
  return types.length > 0 ? [...new Set(types)].join(' | ') : 'any';
}

/** The fields a map at `path` may have, in schema order; empty when not an object with fields. */
export function propertiesAt(apiVersion: unknown, kind: unknown, path: Path): PropertyInfo[] {
  const node = schemaAt(apiVersion, kind, path);
  if (node === undefined) return [];
  const result: PropertyInfo[] = [];
  for (const shape of shapes(node)) {
    const required = new Set(shape.required ?? []);
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      if (result.some((known) => known.name === name)) continue;
      const resolved = resolve(property);
      result.push({
        name,
        description: resolved.description ?? '',
        required: required.has(name),
        type: typeName(resolved),
      });
    }
  }
  return result;
}
