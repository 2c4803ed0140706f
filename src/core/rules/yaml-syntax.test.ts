import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { findingsOf } from './testing';

describe('yaml-syntax', () => {
  it('reports a nested mapping on one line at its line and column', () => {
    const [diagnostic, ...rest] = findingsOf('yaml-syntax', 'spec:\n  replicas: 1:\n');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message: 'The YAML cannot be read here: Nested mappings are not allowed in compact mappings.',
      range: { start: { line: 2, column: 13 } },
    });
  });

  it('reports a tab in the indentation', () => {
    expect(findingsOf('yaml-syntax', 'a:\n\tb: 1\n')).not.toEqual([]);
  });

  it('passes the built-in example', () => {
    expect(findingsOf('yaml-syntax', EXAMPLE_MANIFEST)).toEqual([]);
  });
});
