import { describe, expect, it } from 'vitest';
import { defaultLabSetup } from '../settings/lab-setup';
import { labResultsCsv } from './lab-csv';

describe('labResultsCsv', () => {
  it('writes one line per value under a header naming the swept setting, leaving unknown noise empty', () => {
    const row = {
      value: 20,
      biasSquared: 0.04,
      variance: 0.025,
      noise: NaN,
      expectedTestError: 0.065,
      measuredTestError: 0.156,
      testErrorSpread: 0.01,
      trainingError: 0.1,
      trainingErrorSpread: 0.02,
      divergedModels: 0,
    };
    expect(labResultsCsv(defaultLabSetup, [row])).toBe(
      'epochs,bias_squared,variance,noise,expected_test_error,measured_test_error,test_error_sd,training_error,training_error_sd,diverged_models\n' +
        '20,0.04,0.025,,0.065,0.156,0.01,0.1,0.02,0\n',
    );
  });
});
