import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST, setField } from '../../core';
import { useManifest, whenChecked } from '../../state/store';
import { flowListsSelector } from './flow-elements';

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
