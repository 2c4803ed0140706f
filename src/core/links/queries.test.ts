import { describe, expect, it } from 'vitest';
import { generateManifest } from '../../../bench/generate';
import { manifestObjects } from '../model/objects';
import { checkManifest } from '../rules/run';
import { readManifest } from '../yaml/parse';
import { linksFrom, objectAt } from './queries';
import type { ManifestObject } from '../rules/context';

describe('objectAt and linksFrom', () => {
  // Broken links too: two Ingresses name a Service that does not exist.
  const parsed = readManifest(
    generateManifest(30).replace(/name: app-001\n(\s+)port:/, 'name: gone\n$1port:'),
  );
  const objects = manifestObjects(parsed);
  const { graph } = checkManifest(parsed);

  it('find what a search of the whole list finds, for every document and one past them', () => {
    for (let doc = -1; doc <= objects.length; doc++) {
      expect(objectAt(objects, doc)).toBe(objects.find((object) => object.doc === doc));
      expect(linksFrom(graph, doc)).toEqual(graph.links.filter((link) => link.from.doc === doc));
    }
    expect(graph.links.some((link) => link.state === 'broken')).toBe(true);
  });

  it('answer for the list they are given, not for another list of the same documents', () => {
    const firstTen = objects.slice(0, 10);
    expect(objectAt(firstTen, 3)).toBe(objects[3]);
    expect(objectAt(firstTen, 20)).toBeUndefined();
    expect(objectAt(objects, 20)).toBe(objects[20]);
  });

  it('give the first object of a document listed twice, as a search would', () => {
    const [first] = objects;
    if (!first) throw new Error('no objects');
    const twin: ManifestObject = { ...first };
    expect(objectAt([first, twin], first.doc)).toBe(first);
  });
});
