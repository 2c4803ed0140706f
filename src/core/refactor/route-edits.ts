/**
 * Adding and removing GRPCRoute rules: with the Gateway API, several gRPC services behind one
 * Gateway are one rule each, matched by gRPC service name (`helloworld.Greeter`).
 */
import { GRPC_ROUTE, kindMatches } from '../links/kinds';
import { asArray, getPath } from '../model/read';
import { manifestObjects, type ManifestObject } from '../model/objects';
import type { EditCommand } from '../yaml/edit';
import type { ParsedManifest } from '../yaml/parse';

const RULES = ['spec', 'rules'] as const;

function routeAt(parsed: ParsedManifest, doc: number): ManifestObject | undefined {
  const object = manifestObjects(parsed).find((item) => item.doc === doc);
  return object && kindMatches(GRPC_ROUTE, object.kind, object.apiVersion) ? object : undefined;
}

/**
 * Appends a rule sending to a Service port (backendRefs take the Service's `port` number,
 * never a name), matched by `grpcService` when given, else catching every call.
 */
export function addRouteRule(
  parsed: ParsedManifest,
  routeDoc: number,
  serviceName: string,
  port: number,
  grpcService?: string,
): EditCommand[] {
  if (!routeAt(parsed, routeDoc)) return [];
  const backendRefs = [{ name: serviceName, port }];
  const value =
    grpcService === undefined || grpcService === ''
      ? { backendRefs }
      : { matches: [{ method: { service: grpcService } }], backendRefs };
  return [{ type: 'append', doc: routeDoc, path: RULES, value }];
}

/** Removes rule `rule` of the route. Empty when there is no such rule. */
export function removeRouteRule(
  parsed: ParsedManifest,
  routeDoc: number,
  rule: number,
): EditCommand[] {
  const route = routeAt(parsed, routeDoc);
  if (!route) return [];
  const rules = asArray(getPath(route.object, RULES));
  if (rule < 0 || rule >= rules.length) return [];
  return [{ type: 'delete', doc: routeDoc, path: [...RULES, rule] }];
}
