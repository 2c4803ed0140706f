import { describe, expect, it } from 'vitest';
import { equalValues, keepEqual } from './keep-equal';

describe('keepEqual', () => {
  it('returns the previous object when everything is equal in value', () => {
    const previous = { a: [1, { b: 'x' }], c: null };
    const next = { a: [1, { b: 'x' }], c: null };
    expect(keepEqual(previous, next)).toBe(previous);
  });

  it('gives new objects only along the changed path and shares the rest', () => {
    const previous = { spec: { ports: [{ port: 80 }], selector: { app: 'a' } }, meta: { n: 1 } };
    const next = { spec: { ports: [{ port: 81 }], selector: { app: 'a' } }, meta: { n: 1 } };
    const merged = keepEqual(previous, next);
    expect(merged).toEqual(next);
    expect(merged).not.toBe(previous);
    expect(merged.spec).not.toBe(previous.spec);
    expect(merged.spec.ports[0]).not.toBe(previous.spec.ports[0]);
    expect(merged.spec.selector).toBe(previous.spec.selector);
    expect(merged.meta).toBe(previous.meta);
  });

  it('notices added and removed keys and items', () => {
    expect(keepEqual({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const previous = { a: 1, b: 2 };
    expect(keepEqual(previous, { a: 1 })).not.toBe(previous);
    const list = [1, 2];
    expect(keepEqual(list, [1])).toEqual([1]);
    expect(keepEqual(list, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(keepEqual({ a: undefined }, { b: undefined })).toEqual({ b: undefined });
  });

  it('compares class instances by reference only', () => {
    const date = new Date(0);
    const next = { when: new Date(0) };
    expect(keepEqual({ when: date }, next).when).toBe(next.when);
  });

  it('equalValues is value equality', () => {
    expect(equalValues(['a', { b: [1] }], ['a', { b: [1] }])).toBe(true);
    expect(equalValues(['a'], ['b'])).toBe(false);
    expect(equalValues({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});
