/**
 * The ingress-controller profiles kubewire knows. Each has its own way of being told to speak
 * gRPC (HTTP/2) to the pod; see ../shared/k8s-rules.md, section 7.
 */
export const PROFILE_IDS = [
  'okteto-nginx',
  'nginx',
  'traefik',
  'gke',
  'alb',
  'gateway-api',
] as const;

export type ProfileId = (typeof PROFILE_IDS)[number];

export function isProfileId(value: unknown): value is ProfileId {
  return typeof value === 'string' && (PROFILE_IDS as readonly string[]).includes(value);
}
