import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { chartEpochs, chartSummary, epochOf, historyChart, openPlayground, smallModel, stepEpochs } from './playground';

// Chooses an Export menu item and returns the downloaded file's name and bytes.
async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) ?? '') };
}

test('Curves (CSV) has one row per epoch with the readouts’ values; JSON carries the same epochs', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&odrop=0.2`);
  await stepEpochs(page, 5);
  const { name, bytes } = await exportFile(page, 'Curves (CSV)');
  expect(name).toBe('overfitting-curves.csv');
  const lines = bytes.toString('utf8').trim().split('\n');
  const settingsLine = lines.find((line) => line.startsWith('# live settings: ?')) ?? '';
  for (const setting of ['odrop=0.2', 'hidden=8', 'train=32', 'valid=32', 'win=8']) expect(settingsLine).toContain(setting);
  const [header, ...rows] = lines.filter((line) => !line.startsWith('#'));
  const columns = header?.split(',') ?? [];
  const records = rows.map((row) => Object.fromEntries(row.split(',').map((value, index) => [columns[index], value])));
  expect(records.map((record) => [record.run, Number(record.epoch)])).toEqual([1, 2, 3, 4, 5].map((epoch) => ['live', epoch]));
  const last = records.at(-1) ?? {};
  expect(Number(last.training_loss)).toBeCloseTo(Number(await page.getByLabel('Training loss').textContent()), 3);
  expect(Number(last.validation_loss)).toBeCloseTo(Number(await page.getByLabel('Validation loss').textContent()), 3);
  expect(Number(last.generalization_gap)).toBeCloseTo(Number(await page.getByLabel('Generalization gap').textContent()), 3);

  const json = JSON.parse((await exportFile(page, 'Curves (JSON)')).bytes.toString('utf8'));
  expect(json.runs[0].epochs.map((point: { epoch: number }) => point.epoch)).toEqual([1, 2, 3, 4, 5]);
  expect(json.runs[0].epochs[4].trainLoss).toBe(Number(last.training_loss));
  expect(json.runs[0].settings.outputDropout).toBe(0.2);
});

test('Chart (PNG) and Chart (SVG) are slide-sized pictures of the chart', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  await expect(page.getByRole('menuitem', { name: 'Chart (PNG)', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await stepEpochs(page, 3);
  const png = await exportFile(page, 'Chart (PNG)');
  expect(png.name).toBe('overfitting-chart.png');
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1600, 900]);
  const svg = (await exportFile(page, 'Chart (SVG)')).bytes.toString('utf8');
  expect(svg).toMatch(/^<svg [^>]*width="1600" height="900"/);
  expect(svg).toContain('<title>Validation loss</title>');
  expect(svg).toContain('>best<');
});

test('a reload keeps the run, its model and the pins until they are forgotten', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  const trainingLoss = async () => Number(await page.getByLabel('Training loss').first().textContent());
  await stepEpochs(page, 1);
  // What a fresh model of this seed reaches after one epoch: a carried-on model is far nearer its own last epoch.
  const firstEpochLoss = await trainingLoss();
  await stepEpochs(page, 2);
  await page.getByRole('button', { name: 'Pin run' }).click();
  await stepEpochs(page, 3);
  const chart = historyChart(page, /Loss curves/);
  await expect.poll(() => chartEpochs(chart)).toBe(6);
  const summary = await chartSummary(chart);
  const lastEpochLoss = await trainingLoss();
  // Saves follow a quiet moment; hiding the page would save at once.
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.getByLabel('Epoch')).toHaveText('6');
  await expect.poll(() => chartSummary(chart)).toBe(summary);
  await expect(page.getByRole('list', { name: 'Pinned runs' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('note').filter({ hasText: 'The run of your last visit is back with its model' })).toBeVisible();

  // The model came back too: the run carries on from epoch 6, and nothing new is pinned.
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('7');
  const carriedOnLoss = await trainingLoss();
  expect(Math.abs(carriedOnLoss - lastEpochLoss)).toBeLessThan(Math.abs(carriedOnLoss - firstEpochLoss));
  await expect.poll(() => chartEpochs(chart)).toBe(7);
  await expect(page.getByRole('list', { name: 'Pinned runs' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Forget saved runs' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Saved runs deleted' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await epochOf(page)).toBe(0);
  await expect(page.getByRole('list', { name: 'Pinned runs' })).toHaveCount(0);
});

test('the Export menu downloads the set-up as a Keras script and as TensorFlow.js code', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&l2=0.003&wdecay=0.5&clip=tensor&clipat=2&es=1&patience=7');
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();

  const keras = await exportFile(page, 'Keras script (Python)');
  expect(keras.name).toBe('overfitting_playground.py');
  const script = keras.bytes.toString('utf8');
  expect(script).toContain('keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.5, clipnorm=2');
  expect(script).toContain('REGULARIZER = keras.regularizers.L1L2(l1=0, l2=0.003)');
  expect(script).toContain('patience=7');

  const tfjs = await exportFile(page, 'TensorFlow.js code');
  expect(tfjs.name).toBe('overfitting_playground.js');
  const code = tfjs.bytes.toString('utf8');
  expect(code).toContain('tf.layers.lstm({ units: 32');
  expect(code).toContain('tf.regularizers.l1l2({ l1: 0, l2: 0.003 })');
});
