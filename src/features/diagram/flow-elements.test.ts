import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST, setField } from '../../core';
import { useManifest, whenChecked } from '../../state/store';
import { generateManifest } from '../../../bench/generate';
import { buildDiagram } from '../../core/diagram/build';
import { manifestObjects } from '../../core/model/objects';
import { checkManifest } from '../../core/rules/run';
import { readManifest } from '../../core/yaml/parse';
import { FlowElements, firstNodesCutter, flowListsSelector, type FlowLists } from './flow-elements';

const selectorValue = ['spec', 'selector', 'app'];

/** Types into the Service's selector, as the form does. */
function typeSelector(value: string): void {
  useManifest.getState().apply(setField(1, selectorValue, value), 'form');
}

// The links come with the rules, which load after the first form.
beforeAll(() => whenChecked);

describe('flowListsSelector', () => {
  it('answers the same lists while the diagram does not change', () => {
    const select = flowListsSelector();
    const first = select(useManifest.getState());
    expect(select(useManifest.getState())).toBe(first);
    // A comment moves every offset and parses anew, but changes no node or edge.
    useManifest.getState().setText(`# moved\n${EXAMPLE_MANIFEST}`, 'yaml');
    expect(select(useManifest.getState())).toBe(first);
  });

  it('keeps the objects of the nodes and edges an edit did not change', () => {
    const select = flowListsSelector();
    typeSelector('serverx');
    const broken = select(useManifest.getState());
    typeSelector('serverxy');
    const next = select(useManifest.getState());
    expect(next.nodes).toBe(broken.nodes);
    expect(next.edges).not.toBe(broken.edges);
    // The Ingress edge is as it was; only the selector's edge names the new value.
    expect(next.edges[0]).toBe(broken.edges[0]);
    const changed = next.edges.filter((edge, index) => edge !== broken.edges[index]);
    expect(changed.map((edge) => edge.ariaLabel)).toEqual([
      expect.stringContaining('app=serverxy') as string,
    ]);
  });
});

/** React Flow's lists for a text: nodes in document order, edges between them. */
function listsOf(text: string): FlowLists {
  const parsed = readManifest(text);
  return new FlowElements().update(
    buildDiagram(manifestObjects(parsed), checkManifest(parsed).graph),
  );
}

describe('firstNodesCutter', () => {
  // Three Ingress → Service → Deployment apps: nine nodes, each app's edges among its own three.
  const lists = listsOf(generateManifest(9));

  it('is built on a diagram with edges inside each app', () => {
    expect(lists.nodes).toHaveLength(9);
    expect(lists.edges.length).toBeGreaterThan(6);
  });

  it('gives the very lists when the count covers every node', () => {
    const cut = firstNodesCutter();
    expect(cut(lists, lists.nodes.length)).toBe(lists);
    expect(cut(lists, lists.nodes.length + 100)).toBe(lists);
    expect(cut(lists, Infinity)).toBe(lists);
  });

  it('keeps the first nodes and only the edges with both ends among them', () => {
    const cut = firstNodesCutter();
    const first = cut(lists, 4);
    expect(first).not.toBe(lists);
    expect(first.nodes).toEqual(lists.nodes.slice(0, 4));
    first.nodes.forEach((node, index) => expect(node).toBe(lists.nodes[index]));
    // The first app's edges, all of them, in order; none of the second app's (its Ingress,
    // the fourth node, has its edges to its Service, the fifth).
    const firstApp = new Set(lists.nodes.slice(0, 3).map((node) => node.id));
    const expected = lists.edges.filter(
      (edge) => firstApp.has(edge.source) && firstApp.has(edge.target),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(first.edges).toEqual(expected);
    first.edges.forEach((edge, index) => expect(edge).toBe(expected[index]));
    const fourth = lists.nodes[3]?.id;
    expect(lists.edges.some((edge) => edge.source === fourth)).toBe(true);
    expect(first.edges.some((edge) => edge.source === fourth || edge.target === fourth)).toBe(
      false,
    );
    // The lists themselves are left as they were.
    expect(lists.nodes).toHaveLength(9);
  });

  it('drops an edge when either end is cut off', () => {
    const cut = firstNodesCutter();
    for (let count = 0; count < lists.nodes.length; count++) {
      const kept = new Set(lists.nodes.slice(0, count).map((node) => node.id));
      const { nodes, edges } = cut(lists, count);
      expect(nodes.map((node) => node.id)).toEqual([...kept]);
      expect(edges).toEqual(
        lists.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
      );
    }
    expect(cut(lists, 0)).toEqual({ nodes: [], edges: [] });
  });

  it('gives the same cut object for the same lists and count, and a new one otherwise', () => {
    const cut = firstNodesCutter();
    const five = cut(lists, 5);
    expect(cut(lists, 5)).toBe(five);
    expect(cut(lists, 5)).toBe(five);
    const six = cut(lists, 6);
    expect(six).not.toBe(five);
    expect(six.nodes).toHaveLength(6);
    expect(cut(lists, 6)).toBe(six);
    // Other lists with the same count: cut from them, not the last cut.
    const other = listsOf(generateManifest(9).replace(/app-001/g, 'app-100'));
    const otherSix = cut(other, 6);
    expect(otherSix).not.toBe(six);
    expect(otherSix.nodes[0]).toBe(other.nodes[0]);
    // Each cutter keeps its own last cut.
    expect(firstNodesCutter()(lists, 6)).not.toBe(six);
  });

  it("keeps the placeholder a shown node's broken link points at, and no other", () => {
    // Two apps whose Ingresses name Services that do not exist: each gets a placeholder, last.
    const text = generateManifest(6)
      .replace(/name: app-001\n(\s+)port:/, 'name: gone-1\n$1port:')
      .replace(/name: app-002\n(\s+)port:/, 'name: gone-2\n$1port:');
    const broken = listsOf(text);
    const placeholders = broken.nodes.filter((node) => node.data.node.doc === null);
    expect(placeholders).toHaveLength(2);
    const cut = firstNodesCutter()(broken, 3);
    const [first] = placeholders.filter((node) =>
      broken.edges.some((edge) => edge.target === node.id && edge.source === broken.nodes[0]?.id),
    );
    expect(first).toBeDefined();
    expect(cut.nodes).toEqual([...broken.nodes.slice(0, 3), first]);
    expect(cut.edges.some((edge) => edge.target === first?.id)).toBe(true);
  });
});
