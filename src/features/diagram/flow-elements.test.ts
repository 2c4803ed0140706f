import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST, setField } from '../../core';
import { useManifest, whenChecked, type ManifestState } from '../../state/store';
import { diagramObjectCount, flowListsBuilder } from './flow-elements';

const selectorValue = ['spec', 'selector', 'app'];

/** Types into the Service's selector, as the form does. */
function typeSelector(value: string): void {
  useManifest.getState().apply(setField(1, selectorValue, value), 'form');
}

// The links come with the rules, which load after the first form.
beforeAll(() => whenChecked);

/** The whole diagram of a store state, as the diagram asks for it before a big file. */
function flowListsSelector() {
  const build = flowListsBuilder();
  return (state: ManifestState) => build(state, Infinity);
}

describe('flowListsBuilder', () => {
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

describe('flowListsBuilder with a limit', () => {
  it('answers the same lists for the same state and limit, and builds anew for another limit', () => {
    const build = flowListsBuilder();
    const state = useManifest.getState();
    const all = build(state, Infinity);
    expect(all.nodes).toHaveLength(3);
    expect(build(state, Infinity)).toBe(all);
    const two = build(state, 2);
    expect(two.nodes.map((node) => node.id)).toEqual(all.nodes.slice(0, 2).map((node) => node.id));
    expect(build(state, 2)).toBe(two);
    // Back to all: the nodes that did not change keep their objects.
    const again = build(state, Infinity);
    expect(again.nodes[0]).toBe(two.nodes[0]);
    expect(again.nodes).toHaveLength(3);
  });

  it('counts the objects the diagram has a box for, whatever the limit', () => {
    expect(diagramObjectCount(useManifest.getState())).toBe(3);
  });
});
