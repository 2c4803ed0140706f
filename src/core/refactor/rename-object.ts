/**
 * Renaming an object together with every field that names it: a Service and the Ingress
 * backends and route backendRefs that send to it, a Gateway and the routes attached to it.
 * What counts as a reference is what the link resolver resolved to this very object, so a
 * reference in another namespace (or to a same-named object of another kind) is left alone.
 */
import { namespaceOf } from '../links/objects';
import { metaPath } from '../model/paths';
import type { EditCommand } from '../yaml/edit';
import type { ParsedManifest } from '../yaml/parse';
import { isByName, linksTo, manifestLinks, toReference, type Reference } from './references';

/** The fields that name object `doc` and would follow it through a rename. */
export function referencesTo(parsed: ParsedManifest, doc: number): Reference[] {
  const { objects, graph } = manifestLinks(parsed);
  return linksTo(graph, doc, [])
    .filter((link) => isByName(link.kind) && link.from.doc !== doc)
    .map((link) => toReference(objects, link));
}

/**
 * The commands that rename object `doc` to `newName` and update every reference to it. Empty
 * when the document is not an object or already has that name.
 */
export function renameReferences(
  parsed: ParsedManifest,
  doc: number,
  newName: string,
): EditCommand[] {
  const document = parsed.documents[doc];
  if (!document || document.hasSyntaxErrors || document.name === newName) return [];
  const commands: EditCommand[] = [{ type: 'set', doc, path: metaPath.name, value: newName }];
  for (const reference of referencesTo(parsed, doc)) {
    commands.push({ type: 'set', doc: reference.doc, path: reference.path, value: newName });
  }
  return commands;
}

/**
 * Whether another object of the same kind in the same namespace already has `newName`: the
 * rename would then give `duplicate-object`, and references would reach the other one.
 */
export function isNameTaken(parsed: ParsedManifest, doc: number, newName: string): boolean {
  const { objects } = manifestLinks(parsed);
  const self = objects.find((object) => object.doc === doc);
  if (!self) return false;
  return objects.some(
    (object) =>
      object.doc !== doc &&
      object.kind === self.kind &&
      object.name === newName &&
      namespaceOf(object) === namespaceOf(self),
  );
}
