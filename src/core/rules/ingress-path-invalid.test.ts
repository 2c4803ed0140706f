import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { applyFix, findingsOf } from './testing';

function ingressWithPath(entry: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress
spec:
  ingressClassName: nginx
  rules:
    - http:
        paths:
          - backend:
              service:
                name: server
                port:
                  name: grpc
${entry}`;
}

const ENTRY = ['spec', 'rules', 0, 'http', 'paths', 0];
const GRPC_TIP =
  'gRPC calls arrive as `/package.Service/Method`, so use `/` or `/package.Service` with pathType `Prefix`.';

describe('ingress-path-invalid', () => {
  it('reports a missing pathType and sets Prefix', () => {
    const text = ingressWithPath('            path: /\n');
    const [diagnostic, ...rest] = findingsOf('ingress-path-invalid', text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...ENTRY, 'pathType'],
      message:
        'This path has no `pathType`, which networking.k8s.io/v1 requires ("pathType must be specified"). ' +
        `Use \`Prefix\` to match the path and everything below it. ${GRPC_TIP}`,
      fix: { title: 'Set pathType to Prefix' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toContain('            pathType: Prefix\n');
    expect(findingsOf('ingress-path-invalid', fixed)).toEqual([]);
  });

  it('reports an unknown pathType with the nearest known one', () => {
    const text = ingressWithPath('            path: /\n            pathType: prefix\n');
    const [diagnostic] = findingsOf('ingress-path-invalid', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...ENTRY, 'pathType'],
      message:
        '`pathType: prefix` is not a path type; the API server accepts only `Exact`, `Prefix` and ' +
        '`ImplementationSpecific` (case-sensitive). Did you mean `Prefix`?',
    });
    const fixed = applyFix(text, diagnostic);
    expect(fixed).toBe(text.replace('pathType: prefix', 'pathType: Prefix'));
    expect(findingsOf('ingress-path-invalid', fixed)).toEqual([]);
  });

  it('reports a relative path and makes it absolute', () => {
    const text = ingressWithPath(
      '            path: helloworld.Greeter\n            pathType: Prefix\n',
    );
    const [diagnostic] = findingsOf('ingress-path-invalid', text);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      path: [...ENTRY, 'path'],
      message:
        'The path `helloworld.Greeter` with pathType `Prefix` must be an absolute path (start with `/`), ' +
        `so the API server rejects it. ${GRPC_TIP}`,
      fix: { title: 'Change the path to /helloworld.Greeter' },
    });
    const fixed = applyFix(text, diagnostic);
    expect(findingsOf('ingress-path-invalid', fixed)).toEqual([]);
  });

  it.each([
    ['/a//b', 'must not contain `//`'],
    ['/a/./b', 'must not contain `/./`'],
    ['/a/../b', 'must not contain `/../`'],
    ['/a%2fb', 'must not contain `%2f`'],
    ['/a/..', 'cannot end with `/..`'],
    ['/a/.', 'cannot end with `/.`'],
  ])('reports %s under Exact: %s', (path, problem) => {
    const [diagnostic] = findingsOf(
      'ingress-path-invalid',
      ingressWithPath(`            path: ${path}\n            pathType: Exact\n`),
    );
    expect(diagnostic?.message).toContain(problem);
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('holds ImplementationSpecific only to a leading slash when a path is given', () => {
    expect(
      findingsOf(
        'ingress-path-invalid',
        ingressWithPath('            pathType: ImplementationSpecific\n'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'ingress-path-invalid',
        ingressWithPath(
          '            path: /echo.EchoServer/*\n            pathType: ImplementationSpecific\n',
        ),
      ),
    ).toEqual([]);
    const [diagnostic] = findingsOf(
      'ingress-path-invalid',
      ingressWithPath('            path: "*"\n            pathType: ImplementationSpecific\n'),
    );
    expect(diagnostic?.message).toContain('must be an absolute path');
  });

  it('reports a missing path under Prefix and sets it to /', () => {
    const text = ingressWithPath('            pathType: Prefix\n');
    const [diagnostic] = findingsOf('ingress-path-invalid', text);
    expect(diagnostic?.message).toContain(
      'An empty path with pathType `Prefix` must be an absolute path',
    );
    expect(findingsOf('ingress-path-invalid', applyFix(text, diagnostic))).toEqual([]);
  });

  it('passes gRPC service prefixes and the built-in example', () => {
    expect(
      findingsOf(
        'ingress-path-invalid',
        ingressWithPath('            path: /helloworld.Greeter\n            pathType: Prefix\n'),
      ),
    ).toEqual([]);
    expect(findingsOf('ingress-path-invalid', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
