import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Path } from './edit';

type Collection = YAMLMap | YAMLSeq;

/** One step of a path walk: the node reached, and how it hangs from its parent. */
export interface Step {
  node: Node | null;
  parent: Collection | null;
  pair?: Pair;
}

export function keyOf(pair: Pair): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

/**
 * Walks `path` from the document root (a document, or the outline of one: see lazy-document.ts);
 * the result has one step per segment reached.
 */
export function walk(doc: { readonly contents: Node | null }, path: Path): Step[] {
  const steps: Step[] = [{ node: doc.contents, parent: null }];
  for (const segment of path) {
    const current = steps[steps.length - 1]?.node ?? null;
    if (isMap(current) && typeof segment === 'string') {
      const pair = findPair(current, segment);
      if (pair === undefined) break;
      steps.push({ node: (pair.value as Node | null) ?? null, parent: current, pair });
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment] as Node | undefined;
      if (item === undefined) break;
      steps.push({ node: item, parent: current });
    } else break;
  }
  return steps;
}
