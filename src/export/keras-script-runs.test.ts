import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { kerasScript } from './keras-script';

// A Python with Keras 3: $KERAS_PYTHON, else the repository's .venv (see tools/keras-reference/README.md).
const python = process.env.KERAS_PYTHON ?? fileURLToPath(new URL('../../.venv/bin/python', import.meta.url));
// The exported script picks JAX itself; the check must too, or Keras looks for TensorFlow.
const environment = { ...process.env, KERAS_BACKEND: 'jax' };
const hasKeras = existsSync(python) && spawnSync(python, ['-c', 'import keras'], { encoding: 'utf8', env: environment }).status === 0;
const folder = mkdtempSync(join(tmpdir(), 'keras-script-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const small: Settings = { ...defaultSettings, windowLength: 12, trainingSamples: 24, validationSamples: 16, hiddenUnits: 8, batchSize: 8 };
const everything: Partial<Settings> = {
  layers: 2,
  inputDropout: 0.1,
  recurrentDropout: 0.2,
  outputDropout: 0.3,
  l1: 1e-4,
  l2: 1e-3,
  earlyStopping: true,
  patience: 1,
  restoreBestWeights: true,
  insertRate: 0.1,
  deleteRate: 0.1,
  replaceRate: 0.1,
  swapRate: 0.1,
  cropRate: 0.3,
};
const series = Float32Array.from({ length: 400 }, (_, day) => 10 + 8 * Math.sin((2 * Math.PI * day) / 365) + Math.sin(day * 1.7));

const cases: { name: string; settings: Settings }[] = [
  {
    name: 'sines, every technique, AdamW, global-norm clipping',
    settings: { ...small, ...everything, jitter: 0.1, weightDecay: 0.1, clipMode: 'global' },
  },
  {
    name: 'adding problem, SGD, value clipping',
    settings: { ...small, ...everything, task: 'adding', optimizer: 'sgd', clipMode: 'value', clipThreshold: 0.5 },
  },
  {
    name: 'Reber grammar, RMSProp, per-tensor clipping',
    settings: { ...small, ...everything, task: 'reber', optimizer: 'rmsprop', clipMode: 'tensor', penaliseRecurrent: false },
  },
  { name: 'an uploaded series, plain', settings: { ...small, task: 'series' } },
];

describe.skipIf(!hasKeras)('the exported Keras script in real Keras', () => {
  it.each(cases)(
    'runs three epochs: $name',
    ({ settings }) => {
      const path = join(folder, `${settings.task}.py`);
      writeFileSync(path, kerasScript(settings, { series }));
      const run = spawnSync(python, [path, '--epochs', '3', '--no-plot'], {
        cwd: folder,
        encoding: 'utf8',
        env: environment,
        timeout: 240_000,
      });
      expect(run.stderr).not.toMatch(/Traceback/);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Epoch 1\/3/);
      expect(run.stdout).toMatch(/val_data_loss: \d/);
      expect(run.stdout).toMatch(/best validation loss \d+\.\d{4} at epoch [1-3]\n/);
    },
    300_000,
  );
});

it.skipIf(hasKeras)(`skips running the exported script: no Python with Keras at ${python} (set KERAS_PYTHON)`, () => {
  expect(hasKeras).toBe(false);
});
