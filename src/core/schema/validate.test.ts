import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { EXAMPLE_MANIFEST } from '../model/example';
import schemas from './generated/k8s-1.35.json';
import {
  formatPath,
  getKindSchema,
  hasSchemaFor,
  MAX_ISSUES_PER_OBJECT,
  validateAgainstSchema,
} from './validate';
import { editDistance } from '../text/suggest';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: server
  labels:
    app: server
spec:
  replicas: 2
  selector:
    matchLabels:
      app: server
  template:
    metadata:
      labels:
        app: server
    spec:
      containers:
        - name: server
          image: ghcr.io/example/server:1.0.0
          ports:
            - name: grpc
              containerPort: 9000
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
          readinessProbe:
            grpc:
              port: 9000
`;

const SERVICE = `
apiVersion: v1
kind: Service
metadata:
  name: server
spec:
  selector:
    app: server
  ports:
    - name: grpc
      port: 9000
      targetPort: grpc
`;

const INGRESS = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
  annotations:
    nginx.ingress.kubernetes.io/backend-protocol: "GRPC"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [grpc.example.com]
      secretName: grpc-tls
  rules:
    - host: grpc.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: server
                port:
                  name: grpc
`;

/** Parses YAML and applies `edit` to the resulting plain object. */
function withEdit(yaml: string, edit: (obj: Record<string, unknown>) => void): unknown {
  const obj = parse(yaml) as Record<string, unknown>;
  edit(obj);
  return obj;
}

/** `path` must be a chain of plain objects/arrays in `obj`. */
function at(obj: unknown, ...path: (string | number)[]): Record<string, unknown> {
  let current = obj;
  for (const segment of path) current = (current as Record<string | number, unknown>)[segment];
  return current as Record<string, unknown>;
}

describe('validateAgainstSchema: valid objects', () => {
  it.each([
    ['Deployment', DEPLOYMENT],
    ['Service', SERVICE],
    ['Ingress', INGRESS],
  ])('accepts a valid %s', (_kind, yaml) => {
    expect(validateAgainstSchema(parse(yaml))).toEqual([]);
  });

  it('accepts every document of the built-in example', () => {
    const docs = parseAllDocuments(EXAMPLE_MANIFEST);
    expect(docs.length).toBeGreaterThanOrEqual(3);
    for (const doc of docs) {
      expect(doc.errors).toEqual([]);
      const obj: unknown = doc.toJS();
      expect(hasSchemaFor(at(obj).apiVersion, at(obj).kind)).toBe(true);
      expect(validateAgainstSchema(obj)).toEqual([]);
    }
  });

  it('treats null as absent (creationTimestamp: null from kubectl --dry-run=client)', () => {
    const obj = withEdit(DEPLOYMENT, (d) => {
      at(d, 'metadata').creationTimestamp = null;
      at(d, 'spec', 'template', 'metadata').creationTimestamp = null;
      at(d, 'spec', 'template', 'spec', 'containers', 0).resources = null;
      d.status = null;
    });
    expect(validateAgainstSchema(obj)).toEqual([]);
  });

  it('accepts an IntOrString targetPort as a number or a name', () => {
    for (const targetPort of [9000, 'grpc']) {
      const obj = withEdit(SERVICE, (s) => {
        at(s, 'spec', 'ports', 0).targetPort = targetPort;
      });
      expect(validateAgainstSchema(obj)).toEqual([]);
    }
  });

  it('accepts a Quantity written as a number or a string (cpu: 1, cpu: "500m")', () => {
    const yaml = (cpu: string) =>
      DEPLOYMENT.replace('cpu: 100m', `cpu: ${cpu}`).replace('memory: 64Mi', 'memory: 67108864');
    expect(at(parse(yaml('1')), 'spec', 'template', 'spec', 'containers', 0)).toMatchObject({
      resources: { requests: { cpu: 1, memory: 67108864 } },
    });
    expect(validateAgainstSchema(parse(yaml('1')))).toEqual([]);
    expect(validateAgainstSchema(parse(yaml('0.5')))).toEqual([]);
    expect(validateAgainstSchema(parse(yaml('"500m"')))).toEqual([]);
  });

  it('accepts protocol: GRPC, because the 1.35 OpenAPI has no enum for protocol', () => {
    // The schema only says `type: string`; the invalid-protocol rule reports GRPC instead.
    const service = getKindSchema('v1', 'Service');
    expect(service).toBeDefined();
    expect(JSON.stringify(schemas.definitions['io.k8s.api.core.v1.ServicePort'])).not.toContain(
      '"enum"',
    );
    const obj = withEdit(SERVICE, (s) => {
      at(s, 'spec', 'ports', 0).protocol = 'GRPC';
    });
    expect(validateAgainstSchema(obj)).toEqual([]);
  });
});

describe('validateAgainstSchema: issues', () => {
  it('reports Service: instead of service: in an Ingress backend, with a suggestion', () => {
    const yaml = INGRESS.replace('              service:', '              Service:');
    expect(validateAgainstSchema(parse(yaml))).toEqual([
      {
        keyword: 'unknown-field',
        path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'Service'],
        message:
          'Unknown field "Service" in spec.rules[0].http.paths[0].backend — did you mean "service"?',
      },
    ]);
  });

  it('suggests a close spelling and lists the allowed fields of small objects', () => {
    const typo = withEdit(DEPLOYMENT, (d) => {
      const podSpec = at(d, 'spec', 'template', 'spec');
      podSpec.contianers = podSpec.containers;
      delete podSpec.containers;
    });
    expect(validateAgainstSchema(typo)).toEqual([
      {
        keyword: 'unknown-field',
        path: ['spec', 'template', 'spec', 'contianers'],
        message: 'Unknown field "contianers" in spec.template.spec — did you mean "containers"?',
      },
      {
        keyword: 'required',
        path: ['spec', 'template', 'spec', 'containers'],
        message: 'spec.template.spec.containers is required',
      },
    ]);

    const unrelated = withEdit(SERVICE, (s) => {
      at(s, 'metadata').owner = 'me';
      s.specification = {};
    });
    const messages = validateAgainstSchema(unrelated).map((issue) => issue.message);
    // ObjectMeta has many fields: none is listed. The top level has five: all are.
    expect(messages).toEqual([
      'Unknown field "owner" in metadata',
      'Unknown field "specification" at the top level of the Service — allowed fields: ' +
        '"apiVersion", "kind", "metadata", "spec", "status"',
    ]);
  });

  it('reports replicas: "two" as a type issue naming the value', () => {
    const yaml = DEPLOYMENT.replace('replicas: 2', 'replicas: "two"');
    expect(validateAgainstSchema(parse(yaml))).toEqual([
      {
        keyword: 'type',
        path: ['spec', 'replicas'],
        message: 'spec.replicas must be an integer, not a string ("two")',
      },
    ]);
  });

  it('hints at quotes: a quoted number, and an unquoted annotation value', () => {
    const obj = withEdit(DEPLOYMENT, (d) => {
      at(d, 'spec', 'template', 'spec', 'containers', 0, 'ports', 0).containerPort = '9000';
      at(d, 'metadata').annotations = { 'example.com/enabled': true };
    });
    expect(validateAgainstSchema(obj)).toEqual([
      {
        keyword: 'type',
        path: ['metadata', 'annotations', 'example.com/enabled'],
        message:
          'metadata.annotations["example.com/enabled"] must be a string, not a boolean (true)' +
          ' — put it in quotes: "true"',
      },
      {
        keyword: 'type',
        path: ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort'],
        message:
          'spec.template.spec.containers[0].ports[0].containerPort must be an integer, ' +
          'not a string ("9000") — remove the quotes',
      },
    ]);
  });

  it('rejects a fractional replicas, a map where a list belongs, and a bad IntOrString', () => {
    const obj = withEdit(DEPLOYMENT, (d) => {
      at(d, 'spec').replicas = 1.5;
      at(d, 'spec', 'template', 'spec', 'containers', 0).ports = { name: 'grpc' };
    });
    expect(validateAgainstSchema(obj).map((issue) => issue.message)).toEqual([
      'spec.replicas must be an integer, not a number (1.5)',
      'spec.template.spec.containers[0].ports must be a list, not an object',
    ]);

    const service = withEdit(SERVICE, (s) => {
      at(s, 'spec', 'ports', 0).targetPort = true;
    });
    expect(validateAgainstSchema(service)).toEqual([
      {
        keyword: 'oneOf',
        path: ['spec', 'ports', 0, 'targetPort'],
        message:
          'spec.ports[0].targetPort must be an integer or a string, not a boolean (true)' +
          ' — put it in quotes: "true"',
      },
    ]);
  });

  it('reports a Deployment without spec.selector as required', () => {
    const obj = withEdit(DEPLOYMENT, (d) => {
      delete at(d, 'spec').selector;
    });
    expect(validateAgainstSchema(obj)).toEqual([
      { keyword: 'required', path: ['spec', 'selector'], message: 'spec.selector is required' },
    ]);
  });

  it('counts a required property that is null as missing', () => {
    const obj = withEdit(SERVICE, (s) => {
      at(s, 'spec', 'ports', 0).port = null;
    });
    expect(validateAgainstSchema(obj)).toEqual([
      {
        keyword: 'required',
        path: ['spec', 'ports', 0, 'port'],
        message: 'spec.ports[0].port is required',
      },
    ]);
  });

  it('caps the number of issues per object', () => {
    const obj = withEdit(SERVICE, (s) => {
      for (let i = 0; i < 250; i++) at(s, 'spec')[`unknown${i}`] = i;
    });
    expect(validateAgainstSchema(obj)).toHaveLength(MAX_ISSUES_PER_OBJECT);
  });
});

describe('kinds without a bundled schema', () => {
  it('passes unknown kinds through unchecked', () => {
    const widget: unknown = parse(
      'apiVersion: example.com/v1\nkind: Widget\nspec: {anything: [1, 2]}\n',
    );
    expect(hasSchemaFor('example.com/v1', 'Widget')).toBe(false);
    expect(validateAgainstSchema(widget)).toEqual([]);
  });

  it('passes through old API versions, non-objects and objects without a kind', () => {
    expect(hasSchemaFor('extensions/v1beta1', 'Ingress')).toBe(false);
    expect(hasSchemaFor(undefined, 'Service')).toBe(false);
    expect(
      validateAgainstSchema({ apiVersion: 'extensions/v1beta1', kind: 'Ingress', x: 1 }),
    ).toEqual([]);
    expect(validateAgainstSchema(null)).toEqual([]);
    expect(validateAgainstSchema('kind: Service')).toEqual([]);
    expect(validateAgainstSchema([{ apiVersion: 'v1', kind: 'Service' }])).toEqual([]);
  });

  it('bundles the kinds of the chain and excludes lists and meta kinds', () => {
    expect(hasSchemaFor('apps/v1', 'Deployment')).toBe(true);
    expect(hasSchemaFor('v1', 'Service')).toBe(true);
    expect(hasSchemaFor('networking.k8s.io/v1', 'Ingress')).toBe(true);
    expect(hasSchemaFor('apps/v1', 'DeploymentList')).toBe(false);
    expect(hasSchemaFor('v1', 'Status')).toBe(false);
    expect(hasSchemaFor('v1', 'DeleteOptions')).toBe(false);
  });
});

describe('helpers', () => {
  it('formats paths like a beginner reads them', () => {
    expect(formatPath(['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'name'])).toBe(
      'spec.template.spec.containers[0].ports[1].name',
    );
    expect(
      formatPath(['metadata', 'annotations', 'nginx.ingress.kubernetes.io/ssl-redirect']),
    ).toBe('metadata.annotations["nginx.ingress.kubernetes.io/ssl-redirect"]');
    expect(formatPath(['metadata', 'labels', 'app-name'])).toBe('metadata.labels.app-name');
    expect(formatPath([])).toBe('');
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('contianers', 'containers')).toBe(1);
    expect(editDistance('servce', 'service')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is fast: the example validates in well under 1 ms after warm-up', () => {
    const objects = parseAllDocuments(EXAMPLE_MANIFEST).map(
      (doc): unknown => doc.toJS() as unknown,
    );
    for (let i = 0; i < 50; i++) for (const obj of objects) validateAgainstSchema(obj);
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i++) for (const obj of objects) validateAgainstSchema(obj);
    const perManifest = (performance.now() - start) / runs;
    expect(perManifest).toBeLessThan(1);
  });
});
