import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { formatYaml } from './format';

const BADLY_INDENTED = `# A Service, indented by hand.
apiVersion: v1
kind: Service
metadata:
      name: server   # the name the Ingress uses
spec:
   selector:
        app: server
   ports:
   - name: grpc
     # the port the Ingress talks to
     port: 9000
     targetPort: grpc
`;

const FORMATTED = `# A Service, indented by hand.
apiVersion: v1
kind: Service
metadata:
  name: server # the name the Ingress uses
spec:
  selector:
    app: server
  ports:
    - name: grpc
      # the port the Ingress talks to
      port: 9000
      targetPort: grpc
`;

function formatted(text: string): string {
  const result = formatYaml(text);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('formatYaml', () => {
  it('re-indents consistently and keeps the comments', () => {
    expect(formatted(BADLY_INDENTED)).toBe(FORMATTED);
  });

  it('leaves the example as it is', () => {
    expect(formatted(EXAMPLE_MANIFEST)).toBe(EXAMPLE_MANIFEST);
  });

  it('is idempotent', () => {
    for (const text of [BADLY_INDENTED, EXAMPLE_MANIFEST, 'a: 1\n---\n', 'a:\n- 1\n---\n# c\n']) {
      const once = formatted(text);
      expect(formatted(once)).toBe(once);
    }
  });

  it('formats every document and keeps their separators and comments', () => {
    const text = 'a:\n    b: 1\n---\n# second\nc:\n- d: [1, 2]\n  e: "q"\n---\n# only a comment\n';
    expect(formatted(text)).toBe(
      'a:\n  b: 1\n---\n# second\nc:\n  - d: [1, 2]\n    e: "q"\n---\n# only a comment\n',
    );
  });

  it('keeps a text of only comments unchanged', () => {
    expect(formatted('# nothing yet\n')).toBe('# nothing yet\n');
    expect(formatted('')).toBe('');
  });

  it('keeps block scalars, quoting and key order', () => {
    const text = "z: 1\na: 'single'\nscript: |\n    echo one\n      echo two\n";
    expect(formatted(text)).toBe("z: 1\na: 'single'\nscript: |\n  echo one\n    echo two\n");
  });

  it('refuses YAML with a syntax error', () => {
    expect(formatYaml('a: 1\nreplicas: 1:\n')).toEqual({ ok: false, reason: 'syntax-error' });
    expect(formatYaml('a: 1\n---\nb: [1, 2\n')).toEqual({ ok: false, reason: 'syntax-error' });
  });
});
