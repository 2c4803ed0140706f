/** Strings of the ingress-controller profiles, adding and removing objects, renaming. */
export const enProfiles = {
  'profile.label': 'Ingress controller',
} as const;
