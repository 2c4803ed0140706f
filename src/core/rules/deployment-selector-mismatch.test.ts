import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const SELECTOR = '  selector:\n    matchLabels:\n      app: server\n';

describe('deployment-selector-mismatch', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('deployment-selector-mismatch', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a selector that does not match the template, and selects the template labels', () => {
    const text = EXAMPLE_MANIFEST.replace(
      SELECTOR,
      '  selector:\n    matchLabels:\n      app: srv\n',
    );
    expect(text).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('deployment-selector-mismatch', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Deployment server's selector app=srv does not match its pod template's labels (app=server): `app` is `srv` in the selector but `server` on the template.",
      doc: 2,
      path: ['spec', 'selector'],
      fix: { title: "Select the pod template's labels app=server" },
    });
    expect(applyFix(text, diagnostic)).toBe(EXAMPLE_MANIFEST);
  });

  it('reports a missing selector (ingress-nginx grpc example at 0dce5be) and adds one', () => {
    const text = EXAMPLE_MANIFEST.replace(SELECTOR, '');
    const [diagnostic] = findingsOf('deployment-selector-mismatch', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Deployment server has no spec.selector; apps/v1 requires one that matches its pod template's labels (app=server).",
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toContain(SELECTOR);
    expect(findingsOf('deployment-selector-mismatch', fixed)).toEqual([]);
  });

  it('leaves a version label out of the selector it writes', () => {
    const text = EXAMPLE_MANIFEST.replace(
      SELECTOR,
      '  selector:\n    matchLabels:\n      app: srv\n',
    ).replace(
      '      labels:\n        app: server\n    spec:',
      '      labels:\n        app: server\n        version: v1\n    spec:',
    );
    const fixed = applyFix(text, findingsOf('deployment-selector-mismatch', text)[0]);
    expect(fixed).toContain(SELECTOR);
    expect(findingsOf('deployment-selector-mismatch', fixed)).toEqual([]);
  });

  it('evaluates matchExpressions', () => {
    const text = EXAMPLE_MANIFEST.replace(
      SELECTOR,
      '  selector:\n    matchExpressions:\n      - {key: app, operator: In, values: [web, api]}\n',
    );
    const [diagnostic] = findingsOf('deployment-selector-mismatch', text);
    expect(diagnostic?.message).toContain('`app` must be one of (web, api) but is `server`');
    expect(findingsOf('deployment-selector-mismatch', applyFix(text, diagnostic))).toEqual([]);
  });
});
