import { describe, expect, it } from 'vitest';
import { allocateDataset, type TaskData } from './dataset';
import { knowNothingScores } from './know-nothing';

function task(kind: TaskData['kind'], trainingTargets: number[], validationTargets: number[], outputs = 1): TaskData {
  const training = { ...allocateDataset(trainingTargets.length, 2, 1), targets: Float32Array.from(trainingTargets) };
  const validation = { ...allocateDataset(validationTargets.length, 2, 1), targets: Float32Array.from(validationTargets) };
  return { kind, outputs, element: 'continuous', training, validation };
}

describe('knowNothingScores', () => {
  it('scores regression by the training mean’s squared error on validation', () => {
    // Training mean 2; validation errors −1, 0, 3.
    expect(knowNothingScores(task('regression', [1, 2, 3], [1, 2, 5])).valLoss).toBeCloseTo((1 + 0 + 9) / 3, 6);
  });

  it('scores classification by the class frequencies’ cross-entropy and the most frequent class’s accuracy', () => {
    // Class 1 appears 3 times of 4: smoothed frequencies (1+1)/6 and (3+1)/6.
    const scores = knowNothingScores(task('classification', [0, 1, 1, 1], [1, 0], 2));
    expect(scores.valLoss).toBeCloseTo(-(Math.log(4 / 6) + Math.log(2 / 6)) / 2, 6);
    expect(scores.valAccuracy).toBe(0.5);
  });
});
