import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { newApp } from './add-objects';
import { dependentsOf } from './dependents';
import { apply, parse } from './testing';

const summary = (text: string, doc: number) =>
  dependentsOf(parse(text), doc).map(
    (ref) => `${ref.link}: ${ref.kind} ${ref.name ?? ''} ${ref.path.join('.')}`,
  );

describe('dependentsOf', () => {
  it('lists what removing each object of the example breaks, once per field', () => {
    expect(summary(EXAMPLE_MANIFEST, 1)).toEqual([
      'ingress-backend-service: Ingress ingress spec.rules.0.http.paths.0.backend.service.name',
    ]);
    // The targetPorts break with the selector, which is listed.
    expect(summary(EXAMPLE_MANIFEST, 2)).toEqual([
      'service-selector: Service server spec.selector',
    ]);
    expect(summary(EXAMPLE_MANIFEST, 0)).toEqual([]);
  });

  it('nothing breaks when another workload is still selected', () => {
    // A second app labelled like the first: the Service selects both.
    const app = newApp(parse(EXAMPLE_MANIFEST));
    const text = apply(EXAMPLE_MANIFEST, app.commands).replaceAll('app: server-2', 'app: server');
    expect(summary(text, 4)).toEqual([]);
    expect(summary(text, 2)).toEqual([]);
  });

  it('a reference from another namespace is not a dependent', () => {
    const other = EXAMPLE_MANIFEST.replace(
      'metadata:\n  name: ingress\n',
      'metadata:\n  name: ingress\n  namespace: elsewhere\n',
    );
    expect(summary(other, 1)).toEqual([]);
    expect(summary(other, 2)).toEqual(['service-selector: Service server spec.selector']);
  });
});
