/**
 * The small phrases every broken-link reason is built from. One place, so that all reasons
 * name labels, namespaces and "did you mean" hints the same way.
 */

/** `app=server, tier=backend`: labels (or a selector's pairs) as a beginner reads them. */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

export function namespacePhrase(namespace: string | null): string {
  return namespace === null ? 'this namespace' : `namespace \`${namespace}\``;
}

/** The end of a reason: a "did you mean" when a near name was found, else a full stop. */
export function didYouMean(near: string | undefined): string {
  return near === undefined ? '.' : ` — did you mean \`${near}\`?`;
}
