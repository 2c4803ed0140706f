import { describe, expect, it } from 'vitest';
import { itemsToShow, nextBatch } from './use-progressive-count';

describe('itemsToShow', () => {
  it('shows a short list, or one missing only a few items, whole at once', () => {
    expect(itemsToShow(3, 0)).toBe(3);
    expect(itemsToShow(12, 0)).toBe(12);
    // An object added to a long list that is all there: shown at once.
    expect(itemsToShow(301, 300)).toBe(301);
    expect(itemsToShow(312, 300)).toBe(312);
  });

  it('starts a long list with a screenful, then keeps what was built', () => {
    expect(itemsToShow(1000, 0)).toBe(20);
    expect(itemsToShow(1000, 70)).toBe(70);
    // A list replaced by a shorter one keeps no more than it has.
    expect(itemsToShow(30, 70)).toBe(30);
  });

  it('shows at once the items asked for, past what was built', () => {
    expect(itemsToShow(1000, 20, 600)).toBe(600);
    expect(itemsToShow(1000, 700, 600)).toBe(700);
    expect(itemsToShow(1000, 0, 5000)).toBe(1000);
  });
});

describe('nextBatch', () => {
  it('grows a list by 50 items a batch, up to its length', () => {
    const steps = [20];
    while ((steps.at(-1) ?? 0) < 130) steps.push(nextBatch(130, steps.at(-1) ?? 0));
    expect(steps).toEqual([20, 70, 120, 130]);
  });
});
