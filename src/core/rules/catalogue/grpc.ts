import { grpcBackendProtocolMissing } from '../grpc-backend-protocol-missing';
import { grpcTlsMissing } from '../grpc-tls-missing';
import { imageTagMutable } from '../image-tag-mutable';
import { imageUnexpandedVariable } from '../image-unexpanded-variable';
import { ingressClassAnnotationDeprecated } from '../ingress-class-annotation-deprecated';
import { ingressClassMissing } from '../ingress-class-missing';
import { ingressNginxRetired } from '../ingress-nginx-retired';
import { oktetoHostMissing } from '../okteto-host-missing';
import { readinessProbeMissing } from '../readiness-probe-missing';
import { resourcesMissing } from '../resources-missing';
import type { Rule } from '../types';

/**
 * "gRPC through the ingress, and likely bugs" of RULES.md, in its order. `memory-milli-units`
 * sits between grpc-tls-missing and ingress-class-missing there and lives in another batch;
 * the catalogue (index.ts) sorts it into place.
 */
export const GRPC_RULES: readonly Rule[] = [
  grpcBackendProtocolMissing,
  grpcTlsMissing,
  ingressClassMissing,
  ingressClassAnnotationDeprecated,
  ingressNginxRetired,
  imageTagMutable,
  imageUnexpandedVariable,
  oktetoHostMissing,
  readinessProbeMissing,
  resourcesMissing,
];
