import {
  BETA_DEFAULT_PATH_TYPE,
  INGRESS_V1_API_VERSION,
  REMOVED_INGRESS_API_VERSIONS,
  upgradeIngressCommands,
} from '../model/upgrade-ingress';
import type { EditCommand } from '../yaml/edit';
import type { Finding, Rule } from './types';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** What the upgrade changes besides `apiVersion`, read back from its commands, for the message. */
function changes(commands: readonly EditCommand[]): string[] {
  const last = (command: EditCommand) =>
    'path' in command ? command.path[command.path.length - 1] : undefined;
  const backends = commands.filter(
    (command) => command.type === 'set' && last(command) === 'service',
  ).length;
  const pathTypes = commands.filter(
    (command) => command.type === 'set' && last(command) === 'pathType',
  ).length;
  const renamed = commands.some((command) => command.type === 'renameKey');
  const result: string[] = [];
  if (backends > 0) {
    result.push(
      `${plural(backends, 'backend', 'backends')} from \`serviceName\`/\`servicePort\` to ` +
        '`service: {name, port: {number}}` (or `port: {name}` for a named port)',
    );
  }
  if (renamed) result.push('`spec.backend` to `spec.defaultBackend`');
  if (pathTypes > 0) {
    result.push(
      `\`pathType: ${BETA_DEFAULT_PATH_TYPE}\` on ${plural(pathTypes, 'path', 'paths')} without one ` +
        '(the v1beta1 default, so the routing stays the same)',
    );
  }
  return result;
}

export const ingressApiRemoved: Rule = {
  id: 'ingress-api-removed',
  description:
    'An Ingress uses `extensions/v1beta1` or `networking.k8s.io/v1beta1`, APIs removed in Kubernetes 1.22.',
  help:
    'Old examples still write Ingresses for `extensions/v1beta1` or `networking.k8s.io/v1beta1`. Kubernetes 1.22 ' +
    'removed both, so the API server answers `no matches for kind "Ingress" in version …` and creates nothing. ' +
    'Use `networking.k8s.io/v1` (available since 1.19): a backend is written `service: {name, port: {number}}` ' +
    '(or `port: {name}`) instead of `serviceName`/`servicePort`, `spec.backend` is called `spec.defaultBackend`, ' +
    'and every path needs a `pathType` (`ImplementationSpecific` behaves like the old default).',
  docsUrl: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#ingress-v122',
  check: ({ objects }) => {
    const findings: Finding[] = [];
    for (const object of objects) {
      const apiVersion = object.apiVersion;
      if (object.kind !== 'Ingress' || apiVersion === undefined) continue;
      if (!Object.hasOwn(REMOVED_INGRESS_API_VERSIONS, apiVersion)) continue;
      const deprecated = REMOVED_INGRESS_API_VERSIONS[apiVersion] ?? '';
      const commands = upgradeIngressCommands(object.doc, object.object);
      const rewrites = changes(commands);
      const name = object.name === undefined ? 'This Ingress' : `Ingress \`${object.name}\``;
      findings.push({
        severity: 'error',
        message:
          `${name} uses \`apiVersion: ${apiVersion}\`, deprecated in Kubernetes ${deprecated} and removed in 1.22: ` +
          `the API server answers \`no matches for kind "Ingress" in version "${apiVersion}"\` and creates nothing. ` +
          `It was replaced by \`${INGRESS_V1_API_VERSION}\`. The quick fix upgrades it in place: ` +
          ['the apiVersion', ...rewrites].join('; ') +
          '. Everything else stays as written.',
        doc: object.doc,
        path: ['apiVersion'],
        fix: { title: `Upgrade this Ingress to ${INGRESS_V1_API_VERSION}`, commands },
      });
    }
    return findings;
  },
};
