import { t } from '../../app/i18n';
import { addRouteRule, asArray, asRecord, getPath, removeRouteRule } from '../../core';
import { useManifest } from '../../state/store';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { ListSection } from './fields/ListSection';
import { HostListField } from './HostListField';
import { useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

const RULES = ['spec', 'rules'] as const;

/** Each rule's first backend and gRPC service match: the rules' titles and the new rule's backend. */
function routeRules(object: unknown) {
  return asArray(getPath(object, RULES)).map((rule) => {
    const backend = asRecord(asArray(asRecord(rule).backendRefs)[0]);
    const method = asRecord(asRecord(asArray(asRecord(rule).matches)[0]).method);
    return {
      service: typeof backend.name === 'string' ? backend.name : undefined,
      port: typeof backend.port === 'number' ? backend.port : undefined,
      grpcService: typeof method.service === 'string' ? method.service : undefined,
    };
  });
}

/**
 * A Gateway API GRPCRoute: the Gateway it attaches to, its host names, and its rules, each
 * sending calls (all, or those of one gRPC service) to a Service port by number.
 */
export function RouteForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const rules = useDocSelect(routeRules);
  const first = rules[0];
  const rulePath = (index: number) => [...RULES, index];
  const backend = (index: number) => [...rulePath(index), 'backendRefs', 0];
  const method = (index: number) => [...rulePath(index), 'matches', 0, 'method'];

  return (
    <>
      <MetadataFields kind="GRPCRoute" />
      <FieldGrid>
        <BoundTextField
          path={['spec', 'parentRefs', 0, 'name']}
          label={t('route.gateway')}
          help={t('route.gateway.help')}
        />
        <HostListField
          path={['spec', 'hostnames']}
          label={t('route.hostnames')}
          help={t('route.hostnames.help')}
        />
      </FieldGrid>
      <ListSection
        title={t('route.rules')}
        help={t('route.rules.help')}
        addLabel={t('route.addRule')}
        onAdd={() =>
          edit(
            addRouteRule(
              useManifest.getState().parsed,
              doc,
              first?.service ?? 'server',
              first?.port ?? 9000,
              'my.package.Service',
            ),
          )
        }
      >
        {rules.map((rule, index) => (
          <ItemCard
            key={index}
            title={t('route.rule', {
              target: rule.grpcService ?? t('route.allCalls'),
              service: rule.service ?? '?',
            })}
            onRemove={() => edit(removeRouteRule(useManifest.getState().parsed, doc, index))}
          >
            <FieldGrid min={150}>
              <BoundTextField
                path={[...method(index), 'service']}
                label={t('route.grpcService')}
                help={t('route.grpcService.help')}
              />
              <BoundTextField
                path={[...method(index), 'method']}
                label={t('route.grpcMethod')}
                help={t('route.grpcMethod.help')}
              />
              <BoundTextField
                path={[...backend(index), 'name']}
                label={t('route.backendService')}
                help={t('route.backendService.help')}
                keepEmpty
              />
              <BoundTextField
                path={[...backend(index), 'port']}
                label={t('route.backendPort')}
                help={t('route.backendPort.help')}
                kind="integer"
              />
            </FieldGrid>
          </ItemCard>
        ))}
      </ListSection>
    </>
  );
}
