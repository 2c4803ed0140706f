import { memo } from 'react';
import { t } from '../../app/i18n';
import { addRouteRule, asArray, asRecord, getPath, removeRouteRule } from '../../core';
import { useManifest } from '../../state/store';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { ListSection } from './fields/ListSection';
import { HostListField } from './HostListField';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

const RULES = ['spec', 'rules'] as const;

/** A rule's first backend and gRPC service match: its title, and the new rule's backend. */
function routeRule(rule: unknown) {
  const backend = asRecord(asArray(asRecord(rule).backendRefs)[0]);
  const method = asRecord(asRecord(asArray(asRecord(rule).matches)[0]).method);
  return {
    service: typeof backend.name === 'string' ? backend.name : undefined,
    port: typeof backend.port === 'number' ? backend.port : undefined,
    grpcService: typeof method.service === 'string' ? method.service : undefined,
  };
}

/** The form renders again only when a rule is added or removed; a rule's card, when it changes. */
const ruleCount = (object: unknown) => asArray(getPath(object, RULES)).length;

const rulePath = (index: number) => [...RULES, index];
const backendPath = (index: number) => [...rulePath(index), 'backendRefs', 0];
const methodPath = (index: number) => [...rulePath(index), 'matches', 0, 'method'];

/**
 * A Gateway API GRPCRoute: the Gateway it attaches to, its host names, and its rules, each
 * sending calls (all, or those of one gRPC service) to a Service port by number.
 */
export function RouteForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const count = useDocSelect(ruleCount);

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
        onAdd={() => {
          // Read when clicked: the form does not follow the first rule's backend.
          const first = routeRule(currentDocValue(doc, rulePath(0)));
          edit(
            addRouteRule(
              useManifest.getState().parsed,
              doc,
              first.service ?? 'server',
              first.port ?? 9000,
              'my.package.Service',
            ),
          );
        }}
      >
        {Array.from({ length: count }, (_, index) => (
          <RuleCard key={index} index={index} />
        ))}
      </ListSection>
    </>
  );
}

const ruleTitle = (rule: unknown) => {
  const { grpcService, service } = routeRule(rule);
  return { grpcService, service };
};

/** One rule: typing its service or backend renders its title, and nothing else. */
const RuleCard = memo(function RuleCard({ index }: { index: number }) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const rule = useDocSelect(ruleTitle, rulePath(index));
  return (
    <ItemCard
      title={t('route.rule', {
        target: rule.grpcService ?? t('route.allCalls'),
        service: rule.service ?? '?',
      })}
      onRemove={() => edit(removeRouteRule(useManifest.getState().parsed, doc, index))}
    >
      <RuleFields index={index} />
    </ItemCard>
  );
});

const RuleFields = memo(function RuleFields({ index }: { index: number }) {
  return (
    <FieldGrid min={150}>
      <BoundTextField
        path={[...methodPath(index), 'service']}
        label={t('route.grpcService')}
        help={t('route.grpcService.help')}
      />
      <BoundTextField
        path={[...methodPath(index), 'method']}
        label={t('route.grpcMethod')}
        help={t('route.grpcMethod.help')}
      />
      <BoundTextField
        path={[...backendPath(index), 'name']}
        label={t('route.backendService')}
        help={t('route.backendService.help')}
        keepEmpty
      />
      <BoundTextField
        path={[...backendPath(index), 'port']}
        label={t('route.backendPort')}
        help={t('route.backendPort.help')}
        kind="integer"
      />
    </FieldGrid>
  );
});
