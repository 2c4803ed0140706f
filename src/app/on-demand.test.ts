import { beforeEach, describe, expect, it } from 'vitest';
import { onDemand, useLoadFailure } from './on-demand';

describe('onDemand', () => {
  beforeEach(() => useLoadFailure.setState({ failed: false }));

  it('imports the module once, however often it is asked for', async () => {
    let imports = 0;
    const demand = onDemand(() => {
      imports += 1;
      return Promise.resolve({ answer: 42 });
    });
    expect(demand.loaded()).toBeNull();
    demand.prefetch();
    const [first, second] = await Promise.all([demand.load(), demand.load()]);
    expect(first).toEqual({ answer: 42 });
    expect(second).toBe(first);
    expect(demand.loaded()).toBe(first);
    expect(imports).toBe(1);
  });

  it('says so when the module cannot be loaded, and tries again next time', async () => {
    let imports = 0;
    const demand = onDemand(() => {
      imports += 1;
      return imports === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('code');
    });
    expect(await demand.load()).toBeNull();
    expect(useLoadFailure.getState().failed).toBe(true);
    useLoadFailure.getState().dismiss();
    expect(await demand.load()).toBe('code');
    expect(useLoadFailure.getState().failed).toBe(false);
  });

  it('a failed prefetch says nothing: the user has not asked yet', async () => {
    const demand = onDemand(() => Promise.reject(new Error('offline')));
    demand.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useLoadFailure.getState().failed).toBe(false);
  });

  it('a quiet load gives null on failure, says nothing, and loads when asked again', async () => {
    let fail = true;
    const demand = onDemand(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve('code'),
    );
    expect(await demand.loadQuietly()).toBeNull();
    expect(useLoadFailure.getState().failed).toBe(false);
    fail = false;
    expect(await demand.loadQuietly()).toBe('code');
    expect(demand.loaded()).toBe('code');
  });
});
