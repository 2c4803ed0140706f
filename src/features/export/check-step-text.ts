import { t } from '../../app/i18n';
import type { CheckGroupId, CheckStep } from '../../core';

export function groupTitle(id: CheckGroupId): string {
  return t(`export.checks.group.${id}`);
}

/** The one-line explanation of a step, with this manifest's values in it. */
export function stepText(step: CheckStep): string {
  switch (step.kind) {
    case 'apply':
      return t('export.checks.step.apply');
    case 'apply-envsubst':
      return t('export.checks.step.apply-envsubst', { variables: step.variables.join(', ') });
    case 'okteto-deploy':
      return step.variables.length === 0
        ? t('export.checks.step.okteto-deploy')
        : t('export.checks.step.okteto-deploy-variables', {
            variables: step.variables.join(', '),
          });
    case 'rollout':
      return t('export.checks.step.rollout', { kind: step.workloadKind, name: step.name });
    case 'port-forward':
      return t('export.checks.step.port-forward', {
        localPort: step.localPort,
        port: step.port,
        service: step.service,
      });
    case 'grpcurl-local':
      return step.tls
        ? t('export.checks.step.grpcurl-local-tls')
        : t('export.checks.step.grpcurl-local');
    case 'okteto-endpoints':
      return t('export.checks.step.okteto-endpoints', {
        ingress: step.ingress,
        placeholder: step.placeholder,
      });
    case 'ingress-address':
      return t('export.checks.step.ingress-address', {
        ingress: step.ingress,
        placeholder: step.placeholder,
      });
    case 'gateway-address':
      return t('export.checks.step.gateway-address', {
        gateway: step.gateway,
        placeholder: step.placeholder,
      });
    case 'grpcurl-public':
      return step.placeholder
        ? t('export.checks.step.grpcurl-public-placeholder', { host: step.host })
        : t('export.checks.step.grpcurl-public', { host: step.host });
    case 'endpoints':
      return t('export.checks.step.endpoints', { service: step.service });
  }
}
