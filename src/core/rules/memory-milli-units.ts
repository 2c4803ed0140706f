import { parseQuantity } from '../k8s/quantity';
import type { RuleContext } from './context';
import { podContainers, resourceQuantities, RUNNING_CONTAINER_LISTS } from './pod-templates';
import type { Finding, Rule } from './types';

/**
 * `memory: 10m` is 10 thousandths of a byte. The API accepts it, so nothing stops it before the
 * pod runs: as a request it reserves nothing (warning); as a limit runc cannot set a limit below
 * the memory the container already uses, so it never starts (error).
 */
function check({ objects }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const container of podContainers(objects, RUNNING_CONTAINER_LISTS)) {
    for (const entry of resourceQuantities(container)) {
      if (entry.resource !== 'memory' || typeof entry.value !== 'string') continue;
      const parsed = parseQuantity(entry.value, entry.resource);
      if (!parsed.ok || parsed.suffix !== 'm') continue;
      const amount = entry.value.slice(0, -1);
      const mebibytes = `${amount}Mi`;
      const isLimit = entry.kind === 'limits';
      findings.push({
        severity: isLimit ? 'error' : 'warning',
        message:
          `\`${entry.kind}.memory: ${entry.value}\` of ${container.label} means ${amount} thousandths ` +
          `of a byte (${parsed.value} bytes), not ${amount} megabytes: \`m\` is milli. ` +
          (isLimit
            ? 'A memory limit that small is below what any process uses, so the container cannot start. '
            : 'A request that small reserves no memory, so the scheduler may put the pod on a full node. ') +
          `Write \`${mebibytes}\` (mebibytes).`,
        doc: container.doc,
        path: entry.path,
        fix: {
          title: `Change memory to ${mebibytes}`,
          commands: [{ type: 'set', doc: container.doc, path: entry.path, value: mebibytes }],
        },
      });
    }
  }
  return findings;
}

export const memoryMilliUnits: Rule = {
  id: 'memory-milli-units',
  description: 'A memory quantity must not use the `m` (milli) suffix.',
  help:
    'In Kubernetes quantities `m` means thousandths, so `memory: 10m` is 0.01 bytes. The API server ' +
    'accepts it, but a request that small reserves nothing and a limit that small stops the container ' +
    'from starting. Memory is written with Mi or Gi (`10Mi`, `1Gi`), or M and G for powers of 1000.',
  docsUrl:
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-memory',
  scope: 'object',
  check,
};
