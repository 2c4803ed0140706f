/**
 * Reading an apiVersion. The group, not the version, says what a kind is (a Knative `Service`
 * is not a core Service; apps/v1 and apps/v1beta1 address the same Deployment).
 */

/** The API group of an apiVersion: '' for the core group (`v1`). */
export function apiGroup(apiVersion: string | undefined): string {
  if (apiVersion === undefined) return '';
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}
