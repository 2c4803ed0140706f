/**
 * The Ingress, resource and probe rules over the real-manifest corpus: none of them throws on
 * any file, the known-broken files give exactly the findings their history says they should,
 * and every other file gives none (a finding there would be a false positive to explain).
 */
import { describe, expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { EXAMPLE_MANIFEST } from '../model/example';
import { parseManifest } from '../yaml/parse';
import { INGRESS_AND_RESOURCE_RULES } from './catalogue/ingress-and-resources';
import { buildContext } from './context';
import { checkManifest } from './run';
import { applyFix, findingsOf } from './testing';
import type { RuleId } from './types';

const OUR_IDS = new Set<RuleId>(INGRESS_AND_RESOURCE_RULES.map((rule) => rule.id));

/** The findings of this batch expected per corpus file: `ruleId severity line`. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // Fixed upstream to 100Mi in 89e5a49 ("fix: quantity suffix").
  'pr12er__k8s__kkweon-okteto__grafana-agent__at-a2f1333-BROKEN-quantity.yaml': [
    'invalid-quantity error 79',
    'invalid-quantity error 82',
  ],
  // `requests.memory: 10m`, never fixed upstream (the built-in example corrects it).
  'pr12er__k8s__kkweon-okteto__server.yaml': ['memory-milli-units warning 50'],
  'pr12er__k8s__kkweon-okteto__server__at-d08ae99.yaml': ['memory-milli-units warning 46'],
  'pr12er__k8s__kkweon-raspberry__server.yaml': ['memory-milli-units warning 51'],
  'pr12er__k8s__kkweon-raspberry__server__at-9df2d52.yaml': ['memory-milli-units warning 51'],
  // Ingresses written for the APIs removed in Kubernetes 1.22.
  'aws-lbc__docs__examples__grpc__grpcserver-ingress__at-d031210-v1beta1.yaml': [
    'ingress-api-removed error 1',
  ],
  'emojivoto__training__traffic-split__nginx-ing.yml': ['ingress-api-removed error 1'],
  'gcegrpc__gke_ingress_lb__fe-ingress__at-1c8de58-v1beta1-defaultbackend.yaml': [
    'ingress-api-removed error 1',
  ],
  'ingress-nginx__docs__examples__grpc__ingress__at-c9f4ed9.yaml': ['ingress-api-removed error 1'],
};

describeCorpus('Ingress, resource and probe rules over the real corpus', () => {
  const files = corpusFiles();

  it('has the files this suite expects findings in', () => {
    const names = new Set(files.map((file) => file.name));
    for (const name of Object.keys(EXPECTED)) expect(names.has(name), name).toBe(true);
  });

  it.each(files.map((file) => [file.name, file.text] as const))(
    '%s: no rule throws, and the findings are the expected ones',
    (name, text) => {
      // Each rule on its own, so that a throw names the rule rather than the whole catalogue.
      const context = buildContext(parseManifest(text));
      for (const rule of INGRESS_AND_RESOURCE_RULES) {
        expect(() => rule.check(context), `${rule.id} on ${name}`).not.toThrow();
      }
      // Not strict: a rule of another batch that throws here is that batch's corpus test to fail.
      const found = checkManifest(parseManifest(text))
        .diagnostics.filter((diagnostic) => OUR_IDS.has(diagnostic.ruleId))
        .map(
          (diagnostic) =>
            `${diagnostic.ruleId} ${diagnostic.severity} ${diagnostic.range.start.line}`,
        );
      expect(found.sort()).toEqual([...(EXPECTED[name] ?? [])].sort());
    },
  );

  it('explains the broken quantity and its quick fix gives the upstream fix', () => {
    const file = files.find((entry) =>
      entry.name.includes('grafana-agent__at-a2f1333-BROKEN-quantity'),
    );
    if (!file) throw new Error('the broken grafana-agent file is missing from the corpus');
    let text = file.text;
    const [first] = findingsOf('invalid-quantity', text);
    expect(first?.message).toContain('unknown suffix `mi`: memory uses Mi (mebibytes)');
    for (let fixes = 0; fixes < 2; fixes++)
      text = applyFix(text, findingsOf('invalid-quantity', text)[0]);
    expect(findingsOf('invalid-quantity', text)).toEqual([]);
    // Only the two values changed, like the upstream commit 89e5a49.
    expect(text).toBe(file.text.replaceAll('memory: 100mi', 'memory: 100Mi'));
  });

  it('reads `memory: 10m` in the pr12er server as 0.01 bytes and fixes it to 10Mi', () => {
    const file = files.find((entry) => entry.name === 'pr12er__k8s__kkweon-okteto__server.yaml');
    if (!file) throw new Error('the pr12er server file is missing from the corpus');
    const [diagnostic] = findingsOf('memory-milli-units', file.text);
    expect(diagnostic?.message).toContain('(0.01 bytes)');
    const fixed = applyFix(file.text, diagnostic);
    expect(fixed).toBe(file.text.replace('memory: 10m\n', 'memory: 10Mi\n'));
  });
});

describe('Ingress, resource and probe rules on half-written input', () => {
  // Every prefix of the example, and every value of it replaced by a value of the wrong type:
  // what the YAML pane holds while someone types.
  const lines = EXAMPLE_MANIFEST.split('\n');
  const variants: string[] = [];
  lines.forEach((line, index) => {
    variants.push(lines.slice(0, index).join('\n'));
    const key = /^(\s*(?:- )?[^:#]+:)/.exec(line)?.[1];
    if (key === undefined) return;
    for (const value of ['', ' null', ' -1', ' true', ' [1, {a: 2}]', ' {}', ' "x"']) {
      variants.push([...lines.slice(0, index), key + value, ...lines.slice(index + 1)].join('\n'));
    }
  });

  it('never throws', () => {
    expect(variants.length).toBeGreaterThan(500);
    for (const text of variants) {
      const context = buildContext(parseManifest(text));
      for (const rule of INGRESS_AND_RESOURCE_RULES) {
        expect(() => rule.check(context), `${rule.id} on:\n${text}`).not.toThrow();
      }
    }
  });
});
