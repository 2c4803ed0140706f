import { isValidPortNumber } from '../k8s/names';
import { isRecord } from '../model/read';
import type { Path } from '../yaml/edit';
import type { ManifestObject } from './context';
import { apiInvalid } from './objects-names';
import { ingressBackends, isCoreService, isIngress, probePorts, recordsAt } from './objects-walk';
import { podContainers } from './pod-templates';
import type { Finding, Rule } from './types';

interface Field {
  path: Path;
  value: unknown;
  what: string;
  /** Fields where 0 means "not set" (the API server skips or defaults them). */
  zeroIsUnset: boolean;
}

function check(object: ManifestObject, field: Field): Finding[] {
  const { value } = field;
  // Only whole numbers: a string or a fraction is a type error, which the schema rule reports.
  if (typeof value !== 'number' || !Number.isInteger(value)) return [];
  if (isValidPortNumber(value) || (value === 0 && field.zeroIsUnset)) return [];
  const hint =
    value > 65535
      ? ' Port numbers are 16-bit, so 65535 is the highest.'
      : ' Port 0 and negative numbers do not exist.';
  return [
    {
      severity: 'error',
      message:
        `The ${field.what} ${value} is not a port number: it must be between 1 and 65535.` +
        `${hint} (API error: ${apiInvalid(field.path, value)}: must be between 1 and 65535, inclusive.)`,
      doc: object.doc,
      path: field.path,
    },
  ];
}

function containerFields(objects: readonly ManifestObject[]): [ManifestObject, Field][] {
  const fields: [ManifestObject, Field][] = [];
  for (const at of podContainers(objects)) {
    for (const port of recordsAt(at.container, ['ports'])) {
      const path = [...at.path, ...port.path];
      fields.push([
        at.object,
        {
          path: [...path, 'containerPort'],
          value: port.item.containerPort,
          what: 'containerPort',
          zeroIsUnset: false,
        },
      ]);
      fields.push([
        at.object,
        {
          path: [...path, 'hostPort'],
          value: port.item.hostPort,
          what: 'hostPort',
          zeroIsUnset: true,
        },
      ]);
    }
    for (const probe of probePorts(at)) {
      fields.push([
        at.object,
        { path: probe.path, value: probe.port, what: `${probe.handler} port`, zeroIsUnset: false },
      ]);
    }
  }
  return fields;
}

function serviceFields(objects: readonly ManifestObject[]): [ManifestObject, Field][] {
  const fields: [ManifestObject, Field][] = [];
  for (const object of objects.filter(isCoreService)) {
    for (const port of recordsAt(object.object, ['spec', 'ports'])) {
      const field = (key: string, what: string, zeroIsUnset: boolean): Field => ({
        path: [...port.path, key],
        value: port.item[key],
        what,
        zeroIsUnset,
      });
      fields.push([object, field('port', 'Service port', false)]);
      // targetPort 0 is defaulted to `port`; nodePort 0 means "let the cluster choose".
      fields.push([object, field('targetPort', 'targetPort', true)]);
      fields.push([object, field('nodePort', 'nodePort', true)]);
    }
  }
  return fields;
}

function ingressFields(objects: readonly ManifestObject[]): [ManifestObject, Field][] {
  const fields: [ManifestObject, Field][] = [];
  for (const object of objects.filter(isIngress)) {
    for (const backend of ingressBackends(object)) {
      const port = backend.service.port;
      if (!isRecord(port)) continue;
      // number 0 counts as absent; ingress-backend-invalid reports a port with neither.
      fields.push([
        object,
        {
          path: [...backend.path, 'service', 'port', 'number'],
          value: port.number,
          what: 'backend port number',
          zeroIsUnset: true,
        },
      ]);
    }
  }
  return fields;
}

export const invalidPortNumber: Rule = {
  id: 'invalid-port-number',
  description: 'Port numbers must be between 1 and 65535.',
  help:
    'TCP and UDP ports are 16-bit numbers from 1 to 65535. The API server rejects a containerPort, ' +
    'Service port, targetPort, nodePort, Ingress backend port or probe port outside that range. A ' +
    'gRPC server usually listens on a port such as 50051, 9000 or 8080.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  scope: 'object',
  check: ({ objects }) =>
    [...containerFields(objects), ...serviceFields(objects), ...ingressFields(objects)].flatMap(
      ([object, field]) => check(object, field),
    ),
};
