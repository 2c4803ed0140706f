import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './catalogue';
import { RULE_IDS } from './types';

describe('the rule catalogue', () => {
  it('has exactly one rule for every id of RULES.md', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('lists the rules in the order of RULES.md, which RULE_IDS follows', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    const ids = RULES.map((rule) => rule.id);
    expect(ids.indexOf('memory-milli-units')).toBe(ids.indexOf('grpc-tls-missing') + 1);
    expect(ids.indexOf('grpc-tls-missing')).toBe(ids.indexOf('grpc-backend-protocol-missing') + 1);
  });

  it('keeps each rule in its own file, beside its own test', () => {
    for (const id of RULE_IDS) {
      expect(existsSync(new URL(`./${id}.ts`, import.meta.url)), id).toBe(true);
      expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url)), id).toBe(true);
    }
  });

  it('describes every rule for a beginner, with a link to read more', () => {
    for (const rule of RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.help.length, rule.id).toBeGreaterThan(40);
      expect(rule.docsUrl, rule.id).toMatch(/^https:\/\//);
    }
  });
});
