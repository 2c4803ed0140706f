import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { everyStepSlicer } from '../../testing/parse-snapshot';
import { EXAMPLE_MANIFEST } from '../model/example';
import { PROFILE_IDS } from '../profiles/types';
import { readManifest } from '../yaml/parse';
import { RULES } from './catalogue';
import type { RuleOptions } from './context';
import { checkManifest, checkManifestInSlices, diagnosticsSteps, type CheckResult } from './run';

/**
 * Checks `text` in slices and at once, each over a parse of its own (fresh plain values, so
 * that findings kept for one check's objects cannot stand in for the other's work), and
 * expects the same diagnostics and links.
 */
async function expectSameAsWhole(
  text: string,
  options: RuleOptions,
  label: string,
): Promise<CheckResult> {
  const { slicer, pauses } = everyStepSlicer();
  const slicedParse = readManifest(text);
  const wholeParse = readManifest(text);
  expect(slicedParse).not.toBe(wholeParse);
  const sliced = await checkManifestInSlices(slicedParse, options, slicer);
  const whole = checkManifest(wholeParse, options);
  expect(sliced.diagnostics, label).toEqual(whole.diagnostics);
  expect(sliced.graph, label).toEqual(whole.graph);
  // Linking, then each rule that did not throw: a step (and a pause) or more each.
  expect(pauses(), `${label}: pauses`).toBeGreaterThan(1);
  return sliced;
}

describe('checkManifestInSlices', () => {
  it('checks the example like checkManifest, pausing in and after linking and after each rule', async () => {
    const { slicer, pauses } = everyStepSlicer();
    const sliced = await checkManifestInSlices(readManifest(EXAMPLE_MANIFEST), {}, slicer);
    expect(sliced).toEqual(checkManifest(readManifest(EXAMPLE_MANIFEST), {}, true));
    expect(sliced.graph.links.length).toBeGreaterThan(0);
    // Linking: three pauses after reading the objects; the context: three after reading each
    // kind; then one after the context and one after each rule.
    expect(pauses()).toBe(RULES.length + 7);
  });

  it('cuts the linking of many objects and each object rule into steps of 100 objects', async () => {
    const { slicer, pauses } = everyStepSlicer();
    const parsed = readManifest(generateManifest(300));
    const sliced = await checkManifestInSlices(parsed, {}, slicer);
    expect(sliced).toEqual(checkManifest(readManifest(generateManifest(300))));
    // 300 objects: the object rules pause twice within each, the linking seven times within it.
    const objectRules = RULES.filter((rule) => rule.scope === 'object').length;
    expect(pauses()).toBe(RULES.length + 7 + 2 * objectRules + 7);
  });

  it('checks the example under every profile like checkManifest', async () => {
    for (const profile of PROFILE_IDS)
      await expectSameAsWhole(EXAMPLE_MANIFEST, { profile }, profile);
  });

  it('passes the profile to the rules: a classless Ingress is checked per profile', async () => {
    // Without `ingressClassName` the manifests do not name a controller; the profile does.
    const classless = EXAMPLE_MANIFEST.replace('  ingressClassName: nginx\n', '');
    expect(classless).not.toBe(EXAMPLE_MANIFEST);
    const ruleIds = new Map<string, string[]>();
    for (const profile of PROFILE_IDS) {
      const result = await expectSameAsWhole(classless, { profile }, `classless ${profile}`);
      ruleIds.set(
        profile,
        result.diagnostics.map((diagnostic) => diagnostic.ruleId),
      );
    }
    expect(ruleIds.get('nginx')).toContain('ingress-nginx-retired');
    expect(ruleIds.get('traefik')).toContain('grpc-backend-protocol-missing');
    expect(ruleIds.get('traefik')).not.toContain('ingress-nginx-retired');
  });

  it('checks broken links and syntax errors like checkManifest', async () => {
    const broken = EXAMPLE_MANIFEST.replace(
      '  selector:\n    app: server',
      '  selector:\n    app: x',
    )
      .replace('name: grpc\n                ', 'name: grcp\n                ')
      .concat('---\nkind: [\n');
    const result = await expectSameAsWhole(broken, {}, 'broken');
    expect(result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    expect(result.graph.links.some((link) => link.state === 'broken')).toBe(true);
  });

  it('checks an empty manifest like checkManifest', async () => {
    const result = await expectSameAsWhole('', {}, 'empty');
    expect(result.graph.links).toEqual([]);
  });

  it('checks a generated manifest of 60 objects like checkManifest', async () => {
    const text = generateManifest(60);
    const result = await expectSameAsWhole(text, {}, 'generated 60');
    expect(result.graph.objects).toHaveLength(60);
    expect(result.graph.links.some((link) => link.state === 'broken')).toBe(true);
    await expectSameAsWhole(text, { profile: 'traefik' }, 'generated 60, traefik');
  });

  it('gives what checkManifest gives over a parse whose findings were kept', async () => {
    // The same parse checked twice: the second check reuses the first's kept findings.
    const parsed = readManifest(generateManifest(30));
    const whole = checkManifest(parsed);
    const sliced = await checkManifestInSlices(parsed, {}, everyStepSlicer().slicer);
    expect(sliced).toEqual(whole);
  });
});

describeCorpus('checkManifestInSlices over the corpus', () => {
  it('checks every corpus file like checkManifest', async () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) await expectSameAsWhole(file.text, {}, file.name);
  });
});

describe('diagnosticsSteps', () => {
  it('places 250 findings per step, where the whole check places them', () => {
    const manifest = readManifest(generateManifest(1000));
    const rule = RULES.find((candidate) => candidate.id === 'ingress-nginx-retired');
    if (!rule) throw new Error('no ingress-nginx-retired rule');
    const whole = checkManifest(readManifest(generateManifest(1000)));
    const findings = whole.diagnostics
      .filter((diagnostic) => diagnostic.ruleId === rule.id)
      .map(({ doc, path, message, severity }) => ({ doc, path, message, severity }));
    expect(findings.length).toBeGreaterThan(250);
    const steps = diagnosticsSteps(manifest, rule, findings);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(Math.ceil(findings.length / 250) - 1);
    expect(step.value.map((diagnostic) => diagnostic.range)).toEqual(
      whole.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === rule.id)
        .map((diagnostic) => diagnostic.range),
    );
  });
});
