import { grpcProbePortNotNumber } from '../grpc-probe-port-not-number';
import { ingressApiRemoved } from '../ingress-api-removed';
import { ingressBackendInvalid } from '../ingress-backend-invalid';
import { ingressClassConflict } from '../ingress-class-conflict';
import { ingressHostInvalid } from '../ingress-host-invalid';
import { ingressPathInvalid } from '../ingress-path-invalid';
import { invalidQuantity } from '../invalid-quantity';
import { memoryMilliUnits } from '../memory-milli-units';
import { probeHandlerInvalid } from '../probe-handler-invalid';
import { requestsExceedLimits } from '../requests-exceed-limits';
import type { Rule } from '../types';

/**
 * Ingress fields and container resources and probes. (RULES.md lists `memory-milli-units` in
 * its last section; it is kept here with the other quantity rules, and the catalogue sorts it
 * into its RULES.md place.)
 */
export const INGRESS_AND_RESOURCE_RULES: readonly Rule[] = [
  ingressBackendInvalid,
  ingressPathInvalid,
  ingressHostInvalid,
  ingressClassConflict,
  ingressApiRemoved,
  invalidQuantity,
  requestsExceedLimits,
  probeHandlerInvalid,
  grpcProbePortNotNumber,
  memoryMilliUnits,
];
