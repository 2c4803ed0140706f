import { modelledKind, type ManifestDocument, type ModelledKind } from '../../core';
import { GRPC_ROUTE, kindMatches } from '../../core/links/kinds';

/** The kinds that have a form: the modelled chain, and the Gateway API's GRPCRoute. */
export type FormKind = ModelledKind | 'GRPCRoute';

export function formKindOf(
  doc: Pick<ManifestDocument, 'apiVersion' | 'kind'>,
): FormKind | undefined {
  if (kindMatches(GRPC_ROUTE, doc.kind, doc.apiVersion)) return 'GRPCRoute';
  return modelledKind(doc);
}
