/**
 * Switching a manifest to another ingress-controller profile. The switch is a list of edit
 * commands, like any other edit: in-place changes first (they address documents by their
 * index), then the document replacements from the last document to the first, so that every
 * command's index is still right when it runs. Everything the user wrote that no controller
 * owns (other objects, fields, comments) stays as it was.
 */
import { GRPC_ROUTE, kindMatches } from '../links/kinds';
import { buildContext, type ManifestObject, type RuleContext } from '../rules/context';
import { applyEdits, type EditCommand, type EditFailure, type EditResult } from '../yaml/edit';
import { parseManifest } from '../yaml/parse';
import { ingressBackends, type BackendView } from './backends';
import { ingressController } from './controller';
import { detectProfile } from './detect';
import {
  INGRESS_ANNOTATIONS,
  INGRESS_CLASS,
  GATEWAY_CLASS,
  tlsFor,
  writeTls,
  type IngressProfileId,
} from './switch-settings';
import {
  ingressCommands,
  managedValues,
  serviceCommands,
  type BackendTarget,
} from './switch-edits';
import { gatewayFromIngress } from './switch-gateway';
import { readRoute, type RouteView } from './switch-route';
import { NameRegistry, gatewayUsers } from './switch-names';
import type { ProfileId } from './types';

export type ProfileCommands =
  { ok: true; commands: EditCommand[] } | { ok: false; reason: EditFailure };

/** Commands that replace document `doc`, or remove it (no values). */
interface Replacement {
  doc: number;
  values: unknown[];
}

function replacementCommands({ doc, values }: Replacement): EditCommand[] {
  return [
    ...values.map((value, i): EditCommand => ({ type: 'addDocument', value, after: doc + i })),
    { type: 'removeDocument', doc },
  ];
}

function targetsOf(views: readonly BackendView[]): BackendTarget[] {
  return views.flatMap((view) =>
    view.service ? [{ service: view.service.object, portIndex: view.servicePort?.index }] : [],
  );
}

/** The Ingress a GRPCRoute becomes, with everything the profile writes on an Ingress. */
function ingressFromRoute(
  route: ManifestObject,
  view: RouteView,
  profile: IngressProfileId,
  name: string,
): Record<string, unknown> {
  const annotations = Object.fromEntries(
    [...managedValues(INGRESS_ANNOTATIONS, profile, {})].filter(([, value]) => value !== null),
  );
  const tls = tlsFor(profile, name, view.tls, view.hosts).map(writeTls);
  // Fresh objects for every rule: shared ones would be written as YAML anchors and aliases.
  const http = () => ({
    paths: view.paths.map(({ path, pathType, service, port }) => ({
      path,
      pathType,
      backend: { service: { name: service, port: { number: port } } },
    })),
  });
  const rules =
    view.hosts.length > 0 ? view.hosts.map((host) => ({ host, http: http() })) : [{ http: http() }];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      ...(route.namespace === null ? {} : { namespace: route.namespace }),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: {
      ingressClassName: INGRESS_CLASS[profile],
      ...(tls.length > 0 ? { tls } : {}),
      rules,
    },
  };
}

function toGatewayApi(context: RuleContext, names: NameRegistry) {
  const backends: BackendTarget[] = [];
  const replacements: Replacement[] = [];
  for (const { object, ingress } of context.ingresses) {
    const views = ingressBackends(context, object);
    backends.push(...targetsOf(views));
    const source = ingressController(ingress, {}).profile;
    const base = ingress.meta.name ?? 'ingress';
    const { gateway, route } = gatewayFromIngress(ingress, views, {
      gateway: names.claim('Gateway', object.namespace, base),
      route: names.claim('GRPCRoute', object.namespace, base),
      namespace: object.namespace,
      className: GATEWAY_CLASS[source === undefined || source === 'gateway-api' ? 'nginx' : source],
    });
    replacements.push({ doc: object.doc, values: [gateway, route] });
  }
  return { inPlace: [], backends, replacements };
}

function toIngress(context: RuleContext, to: IngressProfileId, names: NameRegistry) {
  const inPlace: EditCommand[] = [];
  const backends: BackendTarget[] = [];
  const replacements: Replacement[] = [];
  for (const { object, ingress } of context.ingresses) {
    inPlace.push(...ingressCommands(object, ingress, to));
    backends.push(...targetsOf(ingressBackends(context, object)));
  }
  const converted = new Set<number>();
  const gateways = new Set<number>();
  for (const route of context.objects) {
    if (!kindMatches(GRPC_ROUTE, route.kind, route.apiVersion)) continue;
    const view = readRoute(context, route);
    // A route with no backend an Ingress can name stays a route.
    if (view.paths.length === 0) continue;
    const name = names.claim('Ingress', route.namespace, route.name ?? 'ingress');
    replacements.push({ doc: route.doc, values: [ingressFromRoute(route, view, to, name)] });
    backends.push(...view.backends);
    converted.add(route.doc);
    for (const doc of view.gatewayDocs) gateways.add(doc);
  }
  for (const doc of gateways) {
    // A Gateway that another route still uses (an HTTPRoute, say) stays.
    if (gatewayUsers(context, doc).every((user) => converted.has(user))) {
      replacements.push({ doc, values: [] });
    }
  }
  return { inPlace, backends, replacements };
}

/**
 * Every command a switch to `to` writes, whatever profile the manifest has now: none for a
 * manifest that already carries everything the profile wants.
 */
export function planSwitch(context: RuleContext, to: ProfileId): EditCommand[] {
  const names = new NameRegistry(context.objects);
  const plan = to === 'gateway-api' ? toGatewayApi(context, names) : toIngress(context, to, names);
  const replacements = [...plan.replacements].sort((a, b) => b.doc - a.doc);
  return [
    ...plan.inPlace,
    ...serviceCommands(plan.backends, to),
    ...replacements.flatMap(replacementCommands),
  ];
}

/**
 * The commands that switch a parsed manifest to a profile; none when the manifest is already
 * written for it (repairs within a profile are the rules' quick fixes), or does not parse.
 */
export function profileCommands(context: RuleContext, to: ProfileId): EditCommand[] {
  if (context.manifest.syntaxErrors.length > 0) return [];
  if (detectProfile(context.manifest) === to) return [];
  return planSwitch(context, to);
}

/** The commands that switch manifest text to a profile (see `switchProfile`). */
export function commandsForProfile(text: string, to: ProfileId): ProfileCommands {
  const manifest = parseManifest(text);
  if (manifest.syntaxErrors.length > 0) return { ok: false, reason: 'syntax-error' };
  return { ok: true, commands: profileCommands(buildContext(manifest), to) };
}

/**
 * Rewrites a manifest for another ingress controller: its class, the annotations that tell it
 * to speak gRPC, TLS where it needs one; Ingress ⇄ Gateway + GRPCRoute for the Gateway API.
 * Switching to the profile the manifest already has changes nothing.
 */
export function switchProfile(text: string, to: ProfileId): EditResult {
  const planned = commandsForProfile(text, to);
  if (!planned.ok) return planned;
  return applyEdits(text, planned.commands);
}
