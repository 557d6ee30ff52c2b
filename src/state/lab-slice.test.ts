import { describe, expect, it } from 'vitest';
import { defaultLabSetup } from '../settings/lab-setup';
import { createPlaygroundStore } from './store';

describe('the lab slice', () => {
  it('estimates the time left from the pace so far and ends a finished sweep at 100 %', () => {
    const store = createPlaygroundStore();
    store.getState().sweepStarted(defaultLabSetup, 'sines', 1200, 1000);
    expect(store.getState().sweep.secondsLeft).toBeUndefined();
    store.getState().sweepProgressed(300, 11_000);
    // 300 epochs in 10 s: the remaining 900 take 30 s.
    expect(store.getState().sweep.secondsLeft).toBeCloseTo(30, 10);
    store.getState().sweepEnded('finished');
    expect(store.getState().sweep).toMatchObject({ status: 'finished', epochsDone: 1200, secondsLeft: 0 });
    // Late progress from a finished sweep changes nothing.
    store.getState().sweepProgressed(10, 12_000);
    expect(store.getState().sweep.epochsDone).toBe(1200);
  });

  it('a link with lab keys opens the lab; one without leaves it as it was', () => {
    const store = createPlaygroundStore();
    store.getState().loadLabSetup(defaultLabSetup, false);
    expect(store.getState().labOpen).toBe(false);
    store.getState().loadLabSetup({ ...defaultLabSetup, modelsPerPoint: 4 }, true);
    expect(store.getState()).toMatchObject({ labOpen: true, labSetup: { modelsPerPoint: 4 } });
  });
});
