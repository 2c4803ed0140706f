/**
 * Names for the objects a profile switch creates, and who still uses a Gateway. A new object
 * takes the name of the one it replaces (Ingress `web` → Gateway `web` and GRPCRoute `web`, and
 * back), so a round trip gives the same names; only a clash with an object that stays adds a
 * suffix, because two objects of one kind and name in one namespace is an error.
 */
import { uniqueName } from '../model/commands';
import { asArray, asRecord, getPath } from '../model/read';
import type { ManifestObject, RuleContext } from '../rules/context';

export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(objects: readonly ManifestObject[]) {
    for (const object of objects) {
      if (object.kind && object.name)
        this.taken.add(this.key(object.kind, object.namespace, object.name));
    }
  }

  private key(kind: string, namespace: string | null, name: string): string {
    return JSON.stringify([kind, namespace ?? '', name]);
  }

  /** `base`, or `base-2`, `base-3`… when an object of that kind already has the name. */
  claim(kind: string, namespace: string | null, base: string): string {
    const name = uniqueName(base, (candidate) =>
      this.taken.has(this.key(kind, namespace, candidate)),
    );
    this.taken.add(this.key(kind, namespace, name));
    return name;
  }
}

/** The documents whose `spec.parentRefs` name the Gateway in document `doc` (any route kind). */
export function gatewayUsers(context: RuleContext, doc: number): number[] {
  const gateway = context.objects.find((object) => object.doc === doc);
  if (!gateway) return [];
  return context.objects
    .filter((object) =>
      asArray(getPath(object.object, ['spec', 'parentRefs'])).some((ref) => {
        const record = asRecord(ref);
        const namespace =
          typeof record.namespace === 'string' ? record.namespace : object.namespace;
        return (
          record.name === gateway.name &&
          (record.kind ?? 'Gateway') === 'Gateway' &&
          (namespace ?? '') === (gateway.namespace ?? '')
        );
      }),
    )
    .map((object) => object.doc);
}
