/**
 * The object rules over the real-manifest corpus (../shared/corpus/real, see its PROVENANCE.md):
 * no rule throws, exactly the known-broken files give findings, and no rule throws on broken
 * variants of every corpus object either (a wrong type at any place, as in half-typed text).
 */
import { expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { parseManifest } from '../yaml/parse';
import { OBJECT_RULES } from './catalogue/objects';
import { buildContext, type RuleContext } from './context';
import { formatPath } from '../schema/validate';

/** Runs only this batch's rules, so that another rule's bug cannot fail (or hide) these tests. */
function run(context: RuleContext): string[] {
  return OBJECT_RULES.flatMap((rule) =>
    rule.check(context).map((finding) => `${rule.id} ${formatPath([...finding.path])}`),
  );
}

/** Values that are the wrong type almost everywhere: what a half-written field parses to. */
const WRONG_VALUES: readonly unknown[] = [null, 42, -1, 'x Y', [], {}, true, [{ a: 1 }], 1.5];

/** Copies of `value` with one node replaced, for every node (cycling through WRONG_VALUES). */
function mutants(value: unknown): unknown[] {
  const out: unknown[] = [];
  let counter = 0;
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const segment = Array.isArray(node) ? Number(key) : key;
      const copy: unknown = structuredClone(value);
      let parent = copy as Record<string | number, unknown>;
      for (const step of path) parent = parent[step] as Record<string | number, unknown>;
      parent[segment] = WRONG_VALUES[counter++ % WRONG_VALUES.length];
      out.push(copy);
      visit(child, [...path, segment]);
    }
  };
  visit(value, []);
  return out;
}

describeCorpus('object rules over the corpus', () => {
  const files = corpusFiles();

  it('give findings for exactly the files known to be broken', () => {
    const found: Record<string, string[]> = {};
    for (const { name, text } of files) {
      const findings = run(buildContext(parseManifest(text)));
      if (findings.length > 0) found[name] = findings;
    }
    expect(found).toEqual({
      // apps/v1 without spec.selector (fixed upstream in ingress-nginx 003d1ef).
      'ingress-nginx__docs__examples__grpc__app__at-0dce5be-BROKEN-no-selector.yaml': [
        'schema spec.selector',
      ],
    });
    expect(files.length).toBeGreaterThan(80);
  });

  it('never throw on broken variants of any corpus object', () => {
    let variants = 0;
    let withFindings = 0;
    const rulesSeen = new Set<string>();
    for (const { text } of files) {
      const context = buildContext(parseManifest(text));
      for (const object of context.objects) {
        for (const mutant of mutants(object.object)) {
          const findings = run({ ...context, objects: [{ ...object, object: mutant }] });
          variants++;
          if (findings.length > 0) withFindings++;
          for (const finding of findings) rulesSeen.add(finding.split(' ')[0] ?? '');
        }
      }
    }
    // Not vacuous: many variants, and many of them caught (a number where a name goes, …).
    expect(variants).toBeGreaterThan(5000);
    expect(withFindings).toBeGreaterThan(variants / 4);
    // …and caught by the field rules too, not only by the schema: the walks reach the fields.
    expect([...rulesSeen].sort()).toEqual(
      expect.arrayContaining([
        'invalid-label',
        'invalid-name',
        'invalid-port-name',
        'invalid-port-number',
        'invalid-protocol',
        'schema',
        'service-port-name-required',
      ]),
    );
  });
});
