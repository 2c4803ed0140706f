import { resolveLinks } from '../links/resolve';
import type { LinkGraph } from '../links/types';
import {
  modelledKind,
  readDeployment,
  readIngress,
  readService,
  type Deployment,
  type Ingress,
  type ModelledKind,
  type Service,
} from '../model/kinds';
import { isRecord } from '../model/read';
import type { ParsedManifest } from '../yaml/parse';
import type { ProfileId } from '../profiles/types';

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

export interface RuleOptions {
  /** The ingress-controller profile the project targets, when the manifests do not say. */
  profile?: ProfileId;
}

export interface RuleContext {
  manifest: ParsedManifest;
  objects: readonly ManifestObject[];
  graph: LinkGraph;
  options: RuleOptions;
  ingresses: readonly { object: ManifestObject; ingress: Ingress }[];
  services: readonly { object: ManifestObject; service: Service }[];
  deployments: readonly { object: ManifestObject; deployment: Deployment }[];
}

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

/** Everything a rule reads, derived once per text. */
export function buildContext(manifest: ParsedManifest, options: RuleOptions = {}): RuleContext {
  const objects = manifestObjects(manifest);
  const of = (kind: ModelledKind) => objects.filter((object) => object.modelled === kind);
  return {
    manifest,
    objects,
    graph: resolveLinks(objects),
    options,
    ingresses: of('Ingress').map((object) => ({ object, ingress: readIngress(object.object) })),
    services: of('Service').map((object) => ({ object, service: readService(object.object) })),
    deployments: of('Deployment').map((object) => ({
      object,
      deployment: readDeployment(object.object),
    })),
  };
}
