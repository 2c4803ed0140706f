/**
 * Reading the manifest objects the resolver links: expanding the table's path patterns, the
 * namespace and name of an object, and a directory that finds objects by namespace and name in
 * constant time. Kept apart from the resolvers so every resolver reads objects the same way and
 * the whole resolution stays linear in the size of the manifest.
 */
import { asArray, getPath } from '../model/read';
import type { ManifestObject } from '../rules/context';
import type { Path } from '../yaml/edit';
import type { PathPattern } from './table';

/** Every value a pattern with `'*'` wildcards reaches, with its concrete path. */
export function expandPath(root: unknown, pattern: PathPattern): { path: Path; value: unknown }[] {
  let current: { path: Path; value: unknown }[] = [{ path: [], value: root }];
  for (const segment of pattern) {
    const next: { path: Path; value: unknown }[] = [];
    for (const { path, value } of current) {
      if (segment === '*') {
        asArray(value).forEach((item, index) => next.push({ path: [...path, index], value: item }));
      } else {
        const child = getPath(value, [segment]);
        if (child !== undefined && child !== null)
          next.push({ path: [...path, segment], value: child });
      }
    }
    current = next;
  }
  return current;
}

/** Kubernetes treats an empty namespace like none: the namespace the manifests are applied to. */
export function namespaceOf(object: ManifestObject): string | null {
  return object.namespace === '' ? null : object.namespace;
}

export function nameOf(object: ManifestObject): string {
  return object.name ?? '(unnamed)';
}

/** Appends to a list in a map without copying it (the resolver stays linear). */
export function pushTo<K, V>(map: Map<K, V[]>, mapKey: K, value: V): void {
  const list = map.get(mapKey);
  if (list) list.push(value);
  else map.set(mapKey, [value]);
}

function key(namespace: string | null, name: string): string {
  return JSON.stringify([namespace, name]);
}

/** What a directory holds: a named object of one kind in one namespace. */
export interface NamedObject {
  name: string;
  namespace: string | null;
  object: ManifestObject;
}

/** Objects of one kind, found by namespace and name, or by name alone (for hints). */
export class Directory<T extends NamedObject> {
  private readonly byKey = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();
  private readonly byNamespace = new Map<string | null, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      const k = key(item.namespace, item.name);
      // The first of two duplicates wins; `duplicate-object` reports the second.
      if (!this.byKey.has(k)) this.byKey.set(k, item);
      pushTo(this.byName, item.name, item);
      pushTo(this.byNamespace, item.namespace, item);
    }
  }

  get(namespace: string | null, name: string): T | undefined {
    return this.byKey.get(key(namespace, name));
  }

  inNamespace(namespace: string | null): readonly T[] {
    return this.byNamespace.get(namespace) ?? [];
  }

  elsewhere(namespace: string | null, name: string): T | undefined {
    return this.byName.get(name)?.find((item) => item.namespace !== namespace);
  }
}
