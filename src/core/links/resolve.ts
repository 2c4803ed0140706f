import type { ManifestObject } from '../rules/context';
import type { LinkGraph } from './types';

export function resolveLinks(objects: readonly ManifestObject[]): LinkGraph {
  return {
    objects: objects.flatMap((object) =>
      object.kind === undefined
        ? []
        : [
            {
              doc: object.doc,
              kind: object.kind,
              name: object.name ?? null,
              namespace: object.namespace,
            },
          ],
    ),
    links: [],
  };
}
