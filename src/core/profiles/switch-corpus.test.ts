/**
 * Profile switches over the real-world corpus (../shared/corpus/real): every file survives
 * every switch, and the gRPC examples of each controller, read as one manifest with their
 * Service and Deployment, switch to every profile without an error.
 */
import { expect, it } from 'vitest';
import { corpusFiles, describeCorpus } from '../../testing/corpus';
import { checkManifest } from '../rules/run';
import { parseManifest } from '../yaml/parse';
import { detectProfile } from './detect';
import { switchProfile } from './switch';
import { PROFILE_IDS } from './types';

const GROUPS: readonly (readonly string[])[] = [
  ['pr12er__k8s__kkweon-okteto__ingress.yaml', 'pr12er__k8s__kkweon-okteto__server.yaml'],
  ['pr12er__k8s__kkweon-raspberry__ingress.yaml', 'pr12er__k8s__kkweon-raspberry__server.yaml'],
  [
    'aws-lbc__docs__examples__grpc__grpcserver-ingress.yaml',
    'aws-lbc__docs__examples__grpc__grpcserver-service.yaml',
    'aws-lbc__docs__examples__grpc__grpcserver-deployment.yaml',
  ],
  [
    'gcegrpc__gke_ingress_lb__fe-ingress.yaml',
    'gcegrpc__gke_ingress_lb__fe-srv-ingress.yaml',
    'gcegrpc__gke_ingress_lb__fe-deployment.yaml',
  ],
];

describeCorpus('profile switches over the corpus', () => {
  const files = corpusFiles();

  it('never fail or break the YAML of a file that parses', () => {
    for (const file of files) {
      if (parseManifest(file.text).syntaxErrors.length > 0) continue;
      for (const to of PROFILE_IDS) {
        const result = switchProfile(file.text, to);
        expect(result.ok, `${file.name} → ${to}`).toBe(true);
        if (result.ok) {
          expect(parseManifest(result.text).syntaxErrors, `${file.name} → ${to}`).toEqual([]);
        }
      }
    }
  });

  it('bring each controller’s gRPC example to every profile without an error', () => {
    for (const group of GROUPS) {
      const text = group
        .map((name) => {
          const file = files.find((candidate) => candidate.name === name);
          if (!file) throw new Error(`corpus file missing: ${name}`);
          return file.text;
        })
        .join('\n---\n');
      for (const to of PROFILE_IDS) {
        const result = switchProfile(text, to);
        if (!result.ok) throw new Error(`${group[0] ?? ''} → ${to}: ${result.reason}`);
        const parsed = parseManifest(result.text);
        const errors = checkManifest(parsed, { profile: to }, true).diagnostics.filter(
          (diagnostic) => diagnostic.severity === 'error',
        );
        expect(errors, `${group[0] ?? ''} → ${to}\n${result.text}`).toEqual([]);
        expect(detectProfile(parsed), `${group[0] ?? ''} → ${to}`).toBe(to);
      }
    }
  });
});
