import { resolvingSteps } from '../links/resolve';
import { runSliced } from '../slices';
import type { LinkGraph } from '../links/types';
import {
  readDeployment,
  readIngress,
  readService,
  type Deployment,
  type Ingress,
  type ModelledKind,
  type Service,
} from '../model/kinds';
import { manifestObjects, type ManifestObject } from '../model/objects';
import type { ParsedManifest } from '../yaml/parse';
import type { ProfileId } from '../profiles/types';

export { manifestObjects, type ManifestObject };

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

/** Everything a rule reads, derived once per text. */
export function buildContext(manifest: ParsedManifest, options: RuleOptions = {}): RuleContext {
  return runSliced(contextSteps(manifest, options));
}

/**
 * `buildContext` as steps (see ../slices.ts): linking 1,000 objects takes a while, and so does
 * reading each kind's objects (a pause after each).
 */
export function* contextSteps(
  manifest: ParsedManifest,
  options: RuleOptions,
): Generator<void, RuleContext> {
  const objects = manifestObjects(manifest);
  const of = (kind: ModelledKind) => objects.filter((object) => object.modelled === kind);
  const graph = yield* resolvingSteps(objects);
  yield;
  const ingresses = of('Ingress').map((object) => ({
    object,
    ingress: readIngress(object.object),
  }));
  yield;
  const services = of('Service').map((object) => ({ object, service: readService(object.object) }));
  yield;
  const deployments = of('Deployment').map((object) => ({
    object,
    deployment: readDeployment(object.object),
  }));
  return { manifest, objects, graph, options, ingresses, services, deployments };
}
