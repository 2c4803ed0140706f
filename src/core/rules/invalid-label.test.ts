import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { serverManifest } from './objects-fixtures';
import { findingsOf } from './testing';

describe('invalid-label', () => {
  it('reports an invalid value in the Service selector, the Deployment selector and the pod template', () => {
    const diagnostics = findingsOf('invalid-label', serverManifest({ labels: 'app: grpc server' }));
    expect(diagnostics.map((d) => [d.kind, d.path])).toEqual([
      ['Service', ['spec', 'selector', 'app']],
      ['Deployment', ['spec', 'selector', 'matchLabels', 'app']],
      ['Deployment', ['spec', 'template', 'metadata', 'labels', 'app']],
    ]);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      message:
        'The value "grpc server" of label "app" in spec.selector is not valid: it must be empty ' +
        "or consist of letters, digits, '-', '_' or '.', and must start and end with a letter or " +
        "digit. A label value is empty or at most 63 letters, digits, '-', '_' and '.', starting " +
        'and ending with a letter or digit (no spaces, slashes or colons). Change it in every ' +
        'place that uses it (labels and the selectors that match them). (API error: ' +
        'spec.selector.app: Invalid value: "grpc server".)',
    });
    expect(diagnostics[0]?.atKey).toBeUndefined();
  });

  it('reports an invalid key at the key, in metadata.labels of any kind', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    example.com/a/b: x\n    Tier_: web\n';
    const diagnostics = findingsOf('invalid-label', text);
    expect(diagnostics).toMatchObject([
      {
        severity: 'error',
        path: ['metadata', 'labels', 'example.com/a/b'],
        atKey: true,
        message:
          'The label key "example.com/a/b" in metadata.labels is not valid: must have at most ' +
          "one '/' (an optional prefix, then the name). A label key is an optional DNS prefix and " +
          "'/' (such as example.com/), then a name of at most 63 letters, digits, '-', '_' and " +
          "'.' that starts and ends with a letter or digit. (API error: metadata.labels: Invalid " +
          'value: "example.com/a/b".)',
      },
      { path: ['metadata', 'labels', 'Tier_'], atKey: true },
    ]);
  });

  it('checks a value longer than 63 characters and matchExpressions', () => {
    const long = 'v'.repeat(64);
    const text = serverManifest().replace(
      '    matchLabels:\n      app: server\n',
      `    matchLabels:\n      app: server\n    matchExpressions:\n      - key: track\n        operator: In\n        values: [stable, ${long}]\n`,
    );
    const [diagnostic, ...rest] = findingsOf('invalid-label', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      path: ['spec', 'selector', 'matchExpressions', 0, 'values', 1],
    });
    expect(diagnostic?.message).toContain('it must be no more than 63 characters');
  });

  it('passes valid labels, prefixed keys, empty values and the built-in example', () => {
    const text = serverManifest({ labels: 'app.kubernetes.io/name: server' }).replace(
      'kind: Service\nmetadata:\n  name: server\n',
      'kind: Service\nmetadata:\n  name: server\n  labels:\n    tier: ""\n    version: v1.2_3\n',
    );
    expect(findingsOf('invalid-label', text)).toEqual([]);
    expect(findingsOf('invalid-label', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('leaves values of the wrong type to the schema rule and never throws', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels: [a, b]\nspec:\n  selector:\n    app: [x]\n    n: 1.5\n';
    expect(findingsOf('invalid-label', text)).toEqual([]);
  });
});
