import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { ingressManifest, serverManifest } from './objects-fixtures';
import { applyFix, findingsOf } from './testing';

const BACKEND = ['spec', 'rules', 0, 'http', 'paths', 0, 'backend'];

describe('schema', () => {
  it('reports a wrongly cased field at its key and renames it with the quick fix', () => {
    const text = ingressManifest(
      '\n                name: server\n                port:\n                  name: grpc',
    ).replace('              service:', '              Service:');
    const [diagnostic, ...rest] = findingsOf('schema', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...BACKEND, 'Service'],
      atKey: true,
      message:
        'Unknown field "Service" in spec.rules[0].http.paths[0].backend — did you mean "service"? ' +
        'Field names are case-sensitive, and the API server (and kubectl, which validates strictly) ' +
        'rejects a field it does not know: fix the spelling or remove it.',
      fix: { title: 'Rename "Service" to "service"' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('Service:', 'service:'));
    expect(findingsOf('schema', fixed)).toEqual([]);
  });

  it('offers no rename for a misspelling that is not only a case difference', () => {
    const text = serverManifest().replace(
      '  selector:\n    matchLabels',
      '  selektor:\n    matchLabels',
    );
    const diagnostics = findingsOf('schema', text);
    // In text order: a missing field is shown at its parent's key, `spec:`.
    expect(diagnostics.map((d) => d.path)).toEqual([
      ['spec', 'selector'],
      ['spec', 'selektor'],
    ]);
    expect(diagnostics[1]?.message).toContain('did you mean "selector"?');
    expect(diagnostics[1]?.fix).toBeUndefined();
  });

  it('offers no rename when the correctly cased field is there too', () => {
    const text = serverManifest().replace(
      'spec:\n  selector:\n    matchLabels',
      'spec:\n  Replicas: 2\n  replicas: 2\n  selector:\n    matchLabels',
    );
    const [diagnostic, ...rest] = findingsOf('schema', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ path: ['spec', 'Replicas'], atKey: true });
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('reports a missing required field and a value of the wrong type', () => {
    const text = serverManifest().replace(
      '  selector:\n    matchLabels:\n      app: server\n',
      '  replicas: "2"\n',
    );
    const diagnostics = findingsOf('schema', text);
    expect(diagnostics).toMatchObject([
      {
        severity: 'error',
        path: ['spec', 'selector'],
        message:
          'spec.selector is required: the API server rejects a Deployment without it, so add it.',
      },
      {
        severity: 'error',
        path: ['spec', 'replicas'],
        message:
          'spec.replicas must be an integer, not a string ("2") — remove the quotes. The API ' +
          'server cannot even read the Deployment with a value of the wrong type.',
      },
    ]);
    expect(diagnostics[0]?.atKey).toBeUndefined();
  });

  it('passes kinds without a bundled schema, and the built-in example', () => {
    const crd =
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  Anything: 1\n';
    expect(findingsOf('schema', crd)).toEqual([]);
    expect(findingsOf('schema', EXAMPLE_MANIFEST)).toEqual([]);
    expect(findingsOf('schema', serverManifest())).toEqual([]);
  });

  it('does not throw on half-written objects', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: 3\nspec:\n  template: [1, 2]\n';
    expect(findingsOf('schema', text).map((d) => d.path)).toEqual([
      ['metadata'],
      ['spec', 'selector'],
      ['spec', 'template'],
    ]);
  });
});
