import { deploymentSelectorMismatch } from '../deployment-selector-mismatch';
import { ingressPortMissing } from '../ingress-port-missing';
import { ingressServiceMissing } from '../ingress-service-missing';
import { probePortMissing } from '../probe-port-missing';
import { routeParentMissing } from '../route-parent-missing';
import { routePortMissing } from '../route-port-missing';
import { routeServiceMissing } from '../route-service-missing';
import { serviceSelectorAmbiguous } from '../service-selector-ambiguous';
import { serviceSelectorMissing } from '../service-selector-missing';
import { serviceSelectorNoMatch } from '../service-selector-no-match';
import { serviceTargetPortMissing } from '../service-target-port-missing';
import type { Rule } from '../types';

/** The link rules, in the order of RULES.md: they read `context.graph`, never re-resolve. */
export const LINK_RULES: readonly Rule[] = [
  ingressServiceMissing,
  ingressPortMissing,
  routeParentMissing,
  routeServiceMissing,
  routePortMissing,
  serviceSelectorMissing,
  serviceSelectorNoMatch,
  serviceSelectorAmbiguous,
  serviceTargetPortMissing,
  deploymentSelectorMismatch,
  probePortMissing,
];
