// From their own modules, not the core's index: this code is loaded with the dialog only.
import { modelledKind } from '../../core/model/kinds';
import { newApp } from '../../core/refactor/add-objects';
import { addIngressPath } from '../../core/refactor/ingress-edits';
import { addRouteRule } from '../../core/refactor/route-edits';
import { applyEdits, type EditResult } from '../../core/yaml/edit';
import { parseManifest } from '../../core/yaml/parse';
import { GRPC_ROUTE, kindMatches } from '../../core/links/kinds';

export interface AddAppRequest {
  name: string;
  /** A gRPC service name (helloworld.Greeter): its calls are routed to the new app. */
  grpcService: string;
}

export type AddAppResult =
  | { ok: true; text: string; name: string; routed: 'ingress' | 'route' | null }
  | Extract<EditResult, { ok: false }>;

/**
 * A second gRPC server: a Deployment and its Service, then, when a gRPC service is named, a
 * path `/<service>` on the first Ingress (or a rule on the first GRPCRoute) that sends that
 * service's calls to it, so that two servers share one host split by gRPC service.
 */
export function addApp(text: string, request: AddAppRequest): AddAppResult {
  const app = newApp(parseManifest(text), request.name.trim() || 'server');
  const added = applyEdits(text, app.commands);
  if (!added.ok) return added;
  const grpcService = request.grpcService.trim().replace(/^\/+|\/+$/g, '');
  if (grpcService === '') return { ok: true, text: added.text, name: app.name, routed: null };
  const parsed = parseManifest(added.text);
  const ingress = parsed.documents.find((doc) => modelledKind(doc) === 'Ingress');
  const route = parsed.documents.find((doc) => kindMatches(GRPC_ROUTE, doc.kind, doc.apiVersion));
  const commands = ingress
    ? addIngressPath(parsed, ingress.index, app.name, app.port.name, `/${grpcService}`)
    : route
      ? addRouteRule(parsed, route.index, app.name, app.port.number, grpcService)
      : [];
  const routed = commands.length === 0 ? null : ingress ? 'ingress' : 'route';
  const result = applyEdits(added.text, commands);
  if (!result.ok) return result;
  return { ok: true, text: result.text, name: app.name, routed };
}
