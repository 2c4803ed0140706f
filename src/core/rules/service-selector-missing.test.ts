import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const noSelector = EXAMPLE_MANIFEST.replace(
  'spec:\n  selector:\n    app: server\n  ports:',
  'spec:\n  ports:',
);

describe('service-selector-missing', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('service-selector-missing', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('warns about a Service an Ingress points at that has no selector, and selects the pods', () => {
    expect(noSelector).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('service-selector-missing', noSelector);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'warning',
      message:
        "Service server has no selector, so Kubernetes gives it no endpoints and Ingress ingress path / has no pods to reach. Add a selector with the labels of your pods (Deployment server's pods are labelled app=server).",
      doc: 1,
      path: ['spec', 'selector'],
      fix: { title: 'Select app=server (Deployment server)' },
    });
    const fixed = applyFix(noSelector, diagnostic);
    expect(fixed).toContain('  selector:\n    app: server\n');
    expect(findingsOf('service-selector-missing', fixed)).toEqual([]);
    expect(findingsOf('service-selector-no-match', fixed)).toEqual([]);
  });

  it('treats an empty selector as none, and ignores Services nothing points at', () => {
    const empty = EXAMPLE_MANIFEST.replace(
      '  selector:\n    app: server\n  ports:',
      '  selector: {}\n  ports:',
    );
    expect(findingsOf('service-selector-missing', empty)).toHaveLength(1);
    const unreferenced = noSelector.replace(
      '                name: server\n',
      '                name: other\n',
    );
    expect(findingsOf('service-selector-missing', unreferenced)).toEqual([]);
  });

  it('does not ask an ExternalName Service for a selector', () => {
    const external = noSelector.replace(
      'spec:\n  ports:',
      'spec:\n  type: ExternalName\n  externalName: api.example.com\n  ports:',
    );
    expect(findingsOf('service-selector-missing', external)).toEqual([]);
  });
});
