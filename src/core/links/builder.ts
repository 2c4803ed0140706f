/**
 * What the per-kind resolvers share while they run: the list of links being built (with
 * unique ids), the directories of link targets, and the reason for a reference to an object
 * that is not there. The resolvers only add links through `Links.add`, so every link has the
 * same shape whether it resolved or not.
 */
import type { ManifestObject } from '../rules/context';
import { closestName } from '../text/suggest';
import { Directory, nameOf, type NamedObject } from './objects';
import type { ServiceItem } from './services';
import { didYouMean, namespacePhrase } from './text';
import type { Link, LinkEnd, LinkKind } from './types';
import type { Workload } from './workloads';

/** A link's far end, or why there is none and which candidate came closest. */
export type LinkResult = { to: LinkEnd } | Broken;
export interface Broken {
  reason: string;
  nearest: LinkEnd | null;
}

export class Links {
  readonly list: Link[] = [];
  private readonly ids = new Set<string>();

  add(kind: LinkKind, from: LinkEnd, value: string, result: LinkResult): void {
    const to = 'to' in result ? result.to : null;
    const base = [
      kind,
      from.doc,
      from.path.join('.'),
      to?.doc ?? '-',
      to?.path.join('.') ?? '-',
    ].join('|');
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    this.ids.add(id);
    this.list.push(
      'to' in result
        ? { id, kind, from, to, state: 'resolved', reason: null, value, nearest: null }
        : {
            id,
            kind,
            from,
            to: null,
            state: 'broken',
            reason: result.reason,
            value,
            nearest: result.nearest,
          },
    );
  }
}

/** Everything a resolver reads besides its own object. */
export interface ResolveContext {
  links: Links;
  services: Directory<ServiceItem>;
  gateways: Directory<NamedObject>;
  workloads: Workload[];
  /** Per Service document, the workloads its selector resolved to. */
  selected: Map<number, Workload[]>;
}

export function objectEnd(object: ManifestObject): LinkEnd {
  return { doc: object.doc, path: [], label: `${object.kind ?? 'Object'} ${nameOf(object)}` };
}

/** A missing Service or Gateway: say where it is instead, or which name is close. */
export function missingObjectReason(
  subject: string,
  kind: string,
  name: string,
  namespace: string | null,
  directory: Directory<NamedObject>,
): Broken {
  const candidates = directory.inNamespace(namespace);
  const near = closestName(
    name,
    candidates.map((item) => item.name),
  );
  const nearItem = near === undefined ? undefined : directory.get(namespace, near);
  const elsewhere = directory.elsewhere(namespace, name);
  let reason = `${subject} \`${name}\`, but there is no ${kind} by that name in ${namespacePhrase(namespace)}`;
  if (elsewhere) {
    reason +=
      elsewhere.namespace === null
        ? `; there is one without a namespace, which is applied to the namespace you deploy into`
        : `; there is one in namespace \`${elsewhere.namespace}\`, and a reference without a namespace only reaches its own`;
  }
  reason += didYouMean(near);
  return {
    reason,
    nearest: nearItem ? objectEnd(nearItem.object) : elsewhere ? objectEnd(elsewhere.object) : null,
  };
}
