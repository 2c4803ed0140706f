/**
 * What every link rule reports: one finding per broken link of its kind, at the field the link
 * starts from, with the resolver's reason as the message. Only the severity and the quick fix
 * differ from rule to rule, so that is all a link rule has to say.
 */
import { brokenLinks, valueAt } from '../links/queries';
import type { Link, LinkGraph, LinkKind } from '../links/types';
import { asRecord } from '../model/read';
import type { ManifestObject } from './context';
import type { Finding, QuickFix, Severity } from './types';

export function brokenLinkFindings(
  graph: LinkGraph,
  kind: LinkKind,
  severity: Severity | ((link: Link) => Severity),
  fix: (link: Link) => QuickFix | undefined = () => undefined,
): Finding[] {
  return brokenLinks(graph, kind).map((link) => ({
    severity: typeof severity === 'function' ? severity(link) : severity,
    message: link.reason ?? '',
    doc: link.from.doc,
    path: link.from.path,
    fix: fix(link),
  }));
}

/** A field of the item the resolver found nearest to a broken link (a Service port's `port`). */
export function nearestField(
  objects: readonly ManifestObject[],
  link: Link,
  field: string,
): unknown {
  return link.nearest ? asRecord(valueAt(objects, link.nearest))[field] : undefined;
}
