import type { ParsedManifest } from '../yaml/parse';
import { modelledKind, type ModelledKind } from './kinds';
import { isRecord } from './read';

/** One object of the manifest: a document that parsed to a mapping. */
export interface ManifestObject {
  doc: number;
  apiVersion: string | undefined;
  kind: string | undefined;
  name: string | undefined;
  /** `metadata.namespace`, or null: the object goes to the namespace the manifests are applied to. */
  namespace: string | null;
  object: unknown;
  modelled: ModelledKind | undefined;
}

/**
 * The manifest's objects. Kept apart from the rules' context (which resolves links) so that the
 * forms and the diagram can list objects without loading the link resolver.
 */
export function manifestObjects(manifest: ParsedManifest): ManifestObject[] {
  return manifest.documents
    .filter((doc) => !doc.hasSyntaxErrors && isRecord(doc.object))
    .map((doc) => ({
      doc: doc.index,
      apiVersion: doc.apiVersion,
      kind: doc.kind,
      name: doc.name,
      namespace: doc.namespace ?? null,
      object: doc.object,
      modelled: modelledKind(doc),
    }));
}
