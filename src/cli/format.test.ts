import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../core/rules/types';
import type { FileDiagnostic } from './check-files';
import { exitStatus, formatJson, formatText, summary } from './format';

function item(severity: Severity, overrides: Partial<Diagnostic> = {}): FileDiagnostic {
  return {
    file: 'k8s/ingress.yaml',
    start: { line: 20, column: 19 },
    end: { line: 20, column: 25 },
    diagnostic: {
      ruleId: 'ingress-port-missing',
      severity,
      message: 'Service "server" has no port named "grcp".',
      doc: 0,
      path: ['spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service', 'port', 'name'],
      kind: 'Ingress',
      name: 'ingress',
      namespace: null,
      range: { start: { line: 99, column: 9 }, end: { line: 99, column: 9 }, offset: [0, 0] },
      ...overrides,
    },
  };
}

describe('formatJson', () => {
  it('prints one array with the fields of the contract, in file positions', () => {
    const fixed = item('error', {
      namespace: 'prod',
      fix: { title: 'Use port name grpc', commands: [] },
    });
    const parsed: unknown = JSON.parse(formatJson([fixed, item('warning')]));
    expect(parsed).toEqual([
      {
        ruleId: 'ingress-port-missing',
        severity: 'error',
        message: 'Service "server" has no port named "grcp".',
        file: 'k8s/ingress.yaml',
        line: 20,
        column: 19,
        endLine: 20,
        endColumn: 25,
        kind: 'Ingress',
        name: 'ingress',
        namespace: 'prod',
        path: 'spec.rules[0].http.paths[0].backend.service.port.name',
        fix: 'Use port name grpc',
      },
      expect.objectContaining({ severity: 'warning', namespace: null, fix: null }),
    ]);
  });

  it('prints an empty array when there is nothing to say', () => {
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });
});

describe('formatText', () => {
  it('prints file:line:col: severity rule-id message, then a summary', () => {
    expect(formatText([item('error'), item('info')], 2, false)).toBe(
      'k8s/ingress.yaml:20:19: error ingress-port-missing Service "server" has no port named "grcp".\n' +
        'k8s/ingress.yaml:20:19: info ingress-port-missing Service "server" has no port named "grcp".\n' +
        '1 error, 0 warnings, 1 info in 2 files\n',
    );
  });

  it('keeps a message with line breaks on its one line', () => {
    const text = formatText([item('error', { message: 'First.\n  Second.' })], 1, false);
    expect(text.split('\n')[0]).toMatch(/: error ingress-port-missing First\. Second\.$/);
  });

  it('colours the severity only when asked to', () => {
    expect(formatText([item('error')], 1, true)).toContain('\u001b[31merror\u001b[0m');
    expect(formatText([item('error')], 1, false)).not.toContain('\u001b[');
  });
});

describe('summary', () => {
  it('counts each severity, in the plural where it needs one', () => {
    const items = [item('error'), item('error'), item('error'), item('warning')];
    expect(summary(items, 2)).toBe('3 errors, 1 warning, 0 info in 2 files');
    expect(summary([], 1)).toBe('0 errors, 0 warnings, 0 info in 1 file');
  });
});

describe('exitStatus', () => {
  it('is 1 when an error is reported, 0 for warnings and info only', () => {
    expect(exitStatus([item('warning'), item('error')])).toBe(1);
    expect(exitStatus([item('warning'), item('info')])).toBe(0);
    expect(exitStatus([])).toBe(0);
  });
});
