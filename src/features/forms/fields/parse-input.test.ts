import { describe, expect, it } from 'vitest';
import { displayValue, parseInput } from './parse-input';

describe('parseInput', () => {
  it('removes an emptied optional field and keeps a required one', () => {
    expect(parseInput('', 'string', false)).toEqual({ ok: true, value: undefined });
    expect(parseInput('', 'string', true)).toEqual({ ok: true, value: '' });
  });

  it('reads whole numbers and refuses anything else for integer fields', () => {
    expect(parseInput('9000', 'integer', false)).toEqual({ ok: true, value: 9000 });
    expect(parseInput('90a', 'integer', false)).toEqual({ ok: false });
  });

  it('tells a port number from a port name', () => {
    expect(parseInput('9000', 'intOrString', false)).toEqual({ ok: true, value: 9000 });
    expect(parseInput('grpc', 'intOrString', false)).toEqual({ ok: true, value: 'grpc' });
  });

  it('writes plain CPU numbers as numbers and suffixed quantities as strings', () => {
    expect(parseInput('0.5', 'quantity', false)).toEqual({ ok: true, value: 0.5 });
    expect(parseInput('10Mi', 'quantity', false)).toEqual({ ok: true, value: '10Mi' });
  });

  it('shows scalars and hides structures', () => {
    expect(displayValue(9000)).toBe('9000');
    expect(displayValue({ a: 1 })).toBe('');
    expect(displayValue(undefined)).toBe('');
  });
});
