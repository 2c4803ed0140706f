import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

const wrong = EXAMPLE_MANIFEST.replace(
  '  selector:\n    app: server\n  ports:',
  '  selector:\n    app: grpc-server\n  ports:',
);

describe('service-selector-no-match', () => {
  it('passes the built-in example', () => {
    expect(findingsOf('service-selector-no-match', EXAMPLE_MANIFEST)).toEqual([]);
  });

  it('reports a selector that matches no pod template, with the nearest template and the pair that differs', () => {
    expect(wrong).not.toBe(EXAMPLE_MANIFEST);
    const [diagnostic, ...rest] = findingsOf('service-selector-no-match', wrong);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message:
        "Service server's selector app=grpc-server matches no pod template in this namespace; Deployment server's pods are labelled app=server (`app` is `server`, not `grpc-server`).",
      doc: 1,
      path: ['spec', 'selector'],
      fix: { title: 'Select app=server (Deployment server)' },
    });
    const fixed = applyFix(wrong, diagnostic);
    expect(fixed).toBe(EXAMPLE_MANIFEST);
    expect(findingsOf('service-selector-no-match', fixed)).toEqual([]);
  });

  it('reports a pair the pods do not carry (one AND of all pairs)', () => {
    const extra = EXAMPLE_MANIFEST.replace(
      '  selector:\n    app: server\n  ports:',
      '  selector:\n    app: server\n    tier: api\n  ports:',
    );
    const [diagnostic] = findingsOf('service-selector-no-match', extra);
    expect(diagnostic?.message).toContain('(no `tier` label)');
    expect(findingsOf('service-selector-no-match', applyFix(extra, diagnostic))).toEqual([]);
  });
});
