import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { checkManifest } from '../rules/run';
import { newApp } from './add-objects';
import { apply, errorLines, parse } from './testing';

const ruleIds = (text: string) =>
  checkManifest(parse(text), {}, true).diagnostics.map((diagnostic) => diagnostic.ruleId);

describe('newApp', () => {
  it('adds a second server beside the example, named server-2, with no errors', () => {
    const app = newApp(parse(EXAMPLE_MANIFEST));
    expect(app.name).toBe('server-2');
    expect(app.namespace).toBeNull();
    expect(app.port).toEqual({ name: 'grpc', number: 9000 });
    expect(app.documents.map((doc) => [doc.value.kind, doc.after])).toEqual([
      ['Service', 2],
      ['Deployment', 3],
    ]);
    const text = apply(EXAMPLE_MANIFEST, app.commands);
    expect(errorLines(text)).toEqual([]);
    // Each Service selects its own pods only, and the new container has a probe and resources.
    const ids = ruleIds(text);
    for (const id of [
      'service-selector-ambiguous',
      'service-selector-no-match',
      'readiness-probe-missing',
      'resources-missing',
    ]) {
      expect(ids).not.toContain(id);
    }
    expect(text).toContain('image: ghcr.io/you/server-2:1.0.0\n');
    // Plain trees: no value is shared, so nothing is written as an anchor and an alias.
    expect(text.slice(EXAMPLE_MANIFEST.length)).not.toMatch(/[&*]a\d/);
  });

  it('uses the name asked for when it is free, and suffixes it when not', () => {
    const parsed = parse(EXAMPLE_MANIFEST);
    expect(newApp(parsed, 'greeter').name).toBe('greeter');
    const withGreeter = apply(EXAMPLE_MANIFEST, newApp(parsed, 'greeter').commands);
    expect(newApp(parse(withGreeter), 'greeter').name).toBe('greeter-2');
  });

  it('avoids a name some pod template already carries as its app label', () => {
    const labelled = EXAMPLE_MANIFEST.replace(
      '      labels:\n        app: server\n    spec:',
      '      labels:\n        app: server\n        tier: api\n    spec:',
    ).replaceAll('app: server', 'app: api-2');
    expect(newApp(parse(labelled), 'api-2').name).toBe('api-2-2');
  });

  it('goes to the namespace every object shares', () => {
    const inProd = EXAMPLE_MANIFEST.replaceAll(
      'metadata:\n  name:',
      'metadata:\n  namespace: prod\n  name:',
    );
    const app = newApp(parse(inProd));
    expect(app.namespace).toBe('prod');
    expect(app.name).toBe('server-2');
    expect(app.documents[0]?.value.metadata).toMatchObject({ namespace: 'prod' });
    expect(newApp(parse(inProd), 'server', null).name).toBe('server');
    expect(errorLines(apply(inProd, app.commands))).toEqual([]);
  });

  it('starts an empty manifest', () => {
    const app = newApp(parse(''));
    expect(app.name).toBe('server');
    expect(app.documents.map((doc) => doc.after)).toEqual([undefined, 0]);
    expect(errorLines(apply('', app.commands))).toEqual([]);
  });

  it('copies the Service annotations that tell the controller to speak gRPC', () => {
    const traefik = EXAMPLE_MANIFEST.replace(
      'kind: Service\nmetadata:\n  name: server\n',
      'kind: Service\nmetadata:\n  name: server\n  annotations:\n    traefik.ingress.kubernetes.io/service.serversscheme: h2c\n    cloud.google.com/app-protocols: \'{"grpc":"HTTP2"}\'\n',
    );
    const [service, deployment] = newApp(parse(traefik)).documents;
    expect(service?.value.metadata).toMatchObject({
      annotations: {
        'traefik.ingress.kubernetes.io/service.serversscheme': 'h2c',
        'cloud.google.com/app-protocols': '{"grpc":"HTTP2"}',
      },
    });
    expect(deployment?.value.metadata).not.toHaveProperty('annotations');
    expect(newApp(parse(EXAMPLE_MANIFEST)).documents[0]?.value.metadata).not.toHaveProperty(
      'annotations',
    );
  });
});
