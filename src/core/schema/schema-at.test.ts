import { describe, expect, it } from 'vitest';
import { propertiesAt, schemaAt, typeName } from './schema-at';

const BACKEND = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend'];

describe('schemaAt', () => {
  it('follows $ref, properties and items', () => {
    const replicas = schemaAt('apps/v1', 'Deployment', ['spec', 'replicas']);
    expect(replicas).toMatchObject({ type: 'integer', description: 'Number of desired pods.' });
    const port = schemaAt('apps/v1', 'Deployment', [
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'ports',
      1,
      'containerPort',
    ]);
    expect(port?.type).toBe('integer');
  });

  it('keeps the description of the field rather than of its type', () => {
    const service = schemaAt('networking.k8s.io/v1', 'Ingress', [...BACKEND, 'service']);
    expect(service?.description).toBe('service references a service as a backend.');
    expect(service?.properties).toHaveProperty('name');
  });

  it('uses additionalProperties for map keys', () => {
    const label = schemaAt('v1', 'Service', ['metadata', 'labels', 'app']);
    expect(label?.type).toBe('string');
  });

  it('is undefined for unknown kinds and fields', () => {
    expect(schemaAt('v1', 'Nope', [])).toBeUndefined();
    expect(schemaAt('apps/v1', 'Deployment', ['spec', 'replicaz'])).toBeUndefined();
    expect(schemaAt('apps/v1', 'Deployment', ['spec', 'replicas', 'x'])).toBeUndefined();
  });

  it('names types, including int-or-string', () => {
    const target = schemaAt('v1', 'Service', ['spec', 'ports', 0, 'targetPort']);
    expect(target && typeName(target)).toBe('integer | string');
  });
});

describe('propertiesAt', () => {
  it('lists the fields of an Ingress backend', () => {
    expect(propertiesAt('networking.k8s.io/v1', 'Ingress', BACKEND)).toEqual([
      {
        name: 'resource',
        description: expect.stringContaining('ObjectRef') as unknown,
        required: false,
        type: 'object',
      },
      {
        name: 'service',
        description: 'service references a service as a backend.',
        required: false,
        type: 'object',
      },
    ]);
  });

  it('marks required fields', () => {
    const container = propertiesAt('apps/v1', 'Deployment', [
      'spec',
      'template',
      'spec',
      'containers',
      0,
    ]);
    expect(container.find((field) => field.name === 'name')?.required).toBe(true);
    expect(container.find((field) => field.name === 'ports')?.type).toBe('array');
  });

  it('lists the top level of a kind and nothing for scalars', () => {
    const top = propertiesAt('v1', 'Service', []).map((field) => field.name);
    expect(top).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'metadata', 'spec']));
    expect(propertiesAt('apps/v1', 'Deployment', ['spec', 'replicas'])).toEqual([]);
  });
});
