import { describe, expect, it } from 'vitest';
import { EarlyStopping } from './early-stopping';

function run(valLosses: number[], patience: number, minDelta = 0) {
  const tracker = new EarlyStopping();
  // Like a training loop: observe epoch after epoch until told to stop.
  const stopIndex = valLosses.findIndex((loss, index) => tracker.observe(index + 1, loss, { patience, minDelta }) === 'stop');
  return { tracker, stoppedAt: stopIndex + 1 };
}

describe('EarlyStopping', () => {
  it('stops once validation loss has not improved for `patience` epochs, like Keras', () => {
    const losses = [1.0, 0.8, 0.7, 0.72, 0.71, 0.75, 0.69, 0.7, 0.7, 0.71, 0.72];
    const patient = run(losses, 4);
    expect(patient.stoppedAt).toBe(11);
    expect(patient.tracker.bestEpoch).toBe(7);
    expect(patient.tracker.bestValLoss).toBe(0.69);
    const impatient = run(losses, 3);
    expect(impatient.stoppedAt).toBe(6);
    expect(impatient.tracker.bestEpoch).toBe(3);
  });

  it('stops after exactly `patience` epochs without improvement', () => {
    expect(run([0.5, 0.6, 0.7], 2).stoppedAt).toBe(3);
    expect(run([0.5, 0.6, 0.7], 3).stoppedAt).toBe(0);
  });

  it('counts only improvements larger than min delta', () => {
    const losses = [1.0, 0.98, 0.97, 0.96];
    expect(run(losses, 3).stoppedAt).toBe(0);
    const { tracker, stoppedAt } = run(losses, 3, 0.05);
    expect(tracker.bestEpoch).toBe(1);
    expect(stoppedAt).toBe(4);
  });

  it('forgets the best value and the wait when a new fit begins, as a new Keras fit() does', () => {
    const { tracker } = run([1, 2, 3], 2);
    tracker.beginFit();
    expect(tracker.observe(4, 4, { patience: 2, minDelta: 0 })).toBe('improved');
    expect(tracker.bestEpoch).toBe(4);
    expect(tracker.observe(5, 5, { patience: 2, minDelta: 0 })).toBe('waiting');
    expect(tracker.observe(6, 6, { patience: 2, minDelta: 0 })).toBe('stop');
  });
});
