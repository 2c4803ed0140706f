import type { Node } from 'yaml';

/**
 * The nodes of an outline (see block-reader.ts): what `walk` and `locate` read of a document,
 * its maps, sequences, pairs and scalars with their ranges, and nothing else. The yaml
 * library's own node classes mark each instance with a property defined in their constructor,
 * which made those nodes a fifth of the time of reading a big manifest; these carry the same
 * mark on their prototype (the library's `isMap`, `isSeq`, `isPair` and `isScalar` read
 * `node[Symbol.for('yaml.node.type')]`, a registered symbol shared by every copy of the library),
 * so the library's type guards, and `walk`, take them as its nodes.
 */
export type Range = [number, number, number];

export class OutlineScalar {
  constructor(
    readonly value: unknown,
    readonly start: number,
    readonly valueEnd: number,
    public nodeEnd: number,
  ) {}

  /** Made when read (few are): one array less per scalar of a big manifest to collect. */
  get range(): Range {
    return [this.start, this.valueEnd, this.nodeEnd];
  }
}

export class OutlineMap {
  readonly items: OutlinePair[] = [];
  range: Range = [0, 0, 0];
  constructor(readonly flow = false) {}
}

export class OutlineSeq {
  readonly items: OutlineNode[] = [];
  range: Range = [0, 0, 0];
  constructor(readonly flow = false) {}
}

export class OutlinePair {
  constructor(
    readonly key: OutlineScalar,
    readonly value: OutlineNode,
  ) {}
}

export type OutlineNode = OutlineScalar | OutlineMap | OutlineSeq;

/** Where a node ends, the lines after it that belong to it included (its range's third offset). */
export function endOf(node: OutlineNode): number {
  return node instanceof OutlineScalar ? node.nodeEnd : node.range[2];
}

const NODE_TYPE = Symbol.for('yaml.node.type');
for (const [outlineClass, type] of [
  [OutlineScalar, 'yaml.scalar'],
  [OutlineMap, 'yaml.map'],
  [OutlineSeq, 'yaml.seq'],
  [OutlinePair, 'yaml.pair'],
] as const)
  Object.defineProperty(outlineClass.prototype, NODE_TYPE, { value: Symbol.for(type) });

/** An outline's root as the yaml library's type guards (and `walk`) take it. */
export function asYamlNode(node: OutlineMap | OutlineSeq): Node {
  return node as unknown as Node;
}
