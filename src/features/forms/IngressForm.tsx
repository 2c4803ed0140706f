import { memo } from 'react';
import { t } from '../../app/i18n';
import { addListItem, ingressPath, readIngress, removeListItem, type Path } from '../../core';
import { asRecord, asString } from '../../core/model/read';
import { BackendFields } from './BackendFields';
import { BoundSelect } from './fields/BoundSelect';
import { BoundTextField } from './fields/BoundTextField';
import { FieldGrid } from './fields/FieldGrid';
import { ItemCard } from './fields/ItemCard';
import { ListSection } from './fields/ListSection';
import { HostListField } from './HostListField';
import { currentDocValue, useDocSelect, useEdit, useFormDoc } from './form-context';
import { MetadataFields } from './MetadataFields';

const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'].map((value) => ({
  value,
  label: value,
}));

/** A new path sends everything under `/` to the first backend already used, or to `server`. */
function newPath(serviceName: string | undefined): unknown {
  return {
    path: '/',
    pathType: 'Prefix',
    backend: { service: { name: serviceName ?? 'server', port: { name: 'grpc' } } },
  };
}

/**
 * What the form's layout depends on: how many TLS entries, rules and paths. Typing a host, a
 * path or a Service name changes none of them: each card follows its own title.
 */
function ingressLayout(object: unknown) {
  const ingress = readIngress(object);
  return {
    tlsCount: ingress.tls.length,
    pathCounts: ingress.rules.map((rule) => rule.paths.length),
  };
}

/** The first backend already used, read when a path is added. */
function firstService(doc: number): string | undefined {
  return readIngress(currentDocValue(doc))
    .rules.flatMap((rule) => rule.paths)
    .find((path) => path.backend.serviceName)?.backend.serviceName;
}

export function IngressForm() {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const { tlsCount, pathCounts } = useDocSelect(ingressLayout);

  return (
    <>
      <MetadataFields kind="Ingress" annotations />
      <FieldGrid>
        <BoundTextField
          path={ingressPath.ingressClassName}
          label={t('ingress.className')}
          help={t('ingress.className.help')}
        />
      </FieldGrid>

      <ListSection
        title={t('ingress.tls')}
        help={t('ingress.tls.help')}
        addLabel={t('ingress.addTls')}
        onAdd={() => {
          const hosts = readIngress(currentDocValue(doc)).rules.flatMap((rule) =>
            rule.host ? [rule.host] : [],
          );
          edit(addListItem(doc, ingressPath.tls, { hosts, secretName: '' }));
        }}
      >
        {Array.from({ length: tlsCount }, (_, index) => (
          <TlsCard key={index} index={index} />
        ))}
      </ListSection>

      <ListSection
        title={t('ingress.rules')}
        help={t('ingress.rules.help')}
        addLabel={t('ingress.addRule')}
        onAdd={() =>
          edit(
            addListItem(doc, ingressPath.rules, { http: { paths: [newPath(firstService(doc))] } }),
          )
        }
      >
        {pathCounts.map((pathCount, ruleIndex) => (
          <RuleCard key={ruleIndex} ruleIndex={ruleIndex} pathCount={pathCount} />
        ))}
      </ListSection>
    </>
  );
}

const TlsCard = memo(function TlsCard({ index }: { index: number }) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  return (
    <ItemCard
      title={t('ingress.tlsEntry', { index: index + 1 })}
      onRemove={() => edit(removeListItem(doc, ingressPath.tls, index))}
    >
      <FieldGrid>
        <HostListField path={[...ingressPath.tlsEntry(index), 'hosts']} />
        <BoundTextField
          path={[...ingressPath.tlsEntry(index), 'secretName']}
          label={t('tls.secretName')}
          help={t('tls.secretName.help')}
        />
      </FieldGrid>
    </ItemCard>
  );
});

const RuleCard = memo(function RuleCard({
  ruleIndex,
  pathCount,
}: {
  ruleIndex: number;
  pathCount: number;
}) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  return (
    <ItemCard
      title={t('ingress.rule', { index: ruleIndex + 1 })}
      onRemove={() => edit(removeListItem(doc, ingressPath.rules, ruleIndex))}
    >
      <FieldGrid>
        <BoundTextField
          path={[...ingressPath.rule(ruleIndex), 'host']}
          label={t('rule.host')}
          help={t('rule.host.help')}
        />
      </FieldGrid>
      <ListSection
        title={t('rule.paths')}
        addLabel={t('rule.addPath')}
        onAdd={() =>
          edit(addListItem(doc, ingressPath.paths(ruleIndex), newPath(firstService(doc))))
        }
      >
        {Array.from({ length: pathCount }, (_, pathIndex) => (
          <PathCard key={pathIndex} ruleIndex={ruleIndex} pathIndex={pathIndex} />
        ))}
      </ListSection>
    </ItemCard>
  );
});

const pathOf = (value: unknown) => asString(asRecord(value).path);

/** One path: typing the path renders its title, and nothing else. */
const PathCard = memo(function PathCard({
  ruleIndex,
  pathIndex,
}: {
  ruleIndex: number;
  pathIndex: number;
}) {
  const { doc } = useFormDoc();
  const edit = useEdit();
  const path = useDocSelect(pathOf, ingressPath.path(ruleIndex, pathIndex));
  return (
    <ItemCard
      title={t('rule.path', { path: path ?? String(pathIndex + 1) })}
      onRemove={() => edit(removeListItem(doc, ingressPath.paths(ruleIndex), pathIndex))}
    >
      <PathFields ruleIndex={ruleIndex} pathIndex={pathIndex} />
    </ItemCard>
  );
});

const PathFields = memo(function PathFields({
  ruleIndex,
  pathIndex,
}: {
  ruleIndex: number;
  pathIndex: number;
}) {
  const at: Path = ingressPath.path(ruleIndex, pathIndex);
  return (
    <>
      <FieldGrid min={150}>
        <BoundTextField path={[...at, 'path']} label={t('path.path')} help={t('path.path.help')} />
        <BoundSelect
          path={[...at, 'pathType']}
          label={t('path.pathType')}
          help={t('path.pathType.help')}
          options={PATH_TYPES}
        />
      </FieldGrid>
      <BackendFields path={[...at, 'backend']} defaultPort={80} />
    </>
  );
});
