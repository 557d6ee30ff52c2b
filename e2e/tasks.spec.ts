import { expect, test } from '@playwright/test';
import {
  collectErrors,
  epochOf,
  nudgeSlider,
  openAugmentation,
  openPlayground,
  stepEpochs,
  urlParameter,
  chartEpochs,
  chartSummary,
  historyChart,
} from './playground';

for (const [task, lossName] of [
  ['sines', 'mean squared error'],
  ['adding', 'mean squared error'],
  ['reber', 'cross-entropy'],
] as const) {
  test(`the ${task} task trains and draws its curves`, async ({ page }) => {
    const errors = collectErrors(page);
    await openPlayground(page, `?backend=wasm&task=${task}&hidden=8&batch=16`);
    await expect(page.getByRole('figure', { name: new RegExp(lossName) })).toBeVisible();
    await stepEpochs(page, 3);
    await expect(page.getByLabel('Training loss')).toHaveText(/^\d/);
    await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
    const chart = historyChart(page, new RegExp(lossName));
    await expect.poll(() => chartEpochs(chart)).toBe(3);
    expect(await chartSummary(chart)).toContain('Training loss; Validation loss');
    await expect(page.getByLabel('Validation accuracy')).toHaveCount(task === 'reber' ? 1 : 0);
    if (task === 'reber') await expect(page.getByLabel('Validation accuracy')).toHaveText(/^\d+\.\d%$/);
    expect(errors).toEqual([]);
  });
}

test('the sample CSV loads, trains, and a bad file leaves the run alone', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, '?backend=wasm&hidden=8');
  await page.getByLabel('Task').selectOption('series');
  await expect(page.getByRole('status').filter({ hasText: 'Choose a CSV file' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Load sample CSV' }).click();
  await expect(page.getByText('sample-series.csv: 1095 values read')).toBeVisible();
  await expect(page.getByLabel('Column')).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await stepEpochs(page, 2);
  expect(await urlParameter(page, 'task')).toBe('series');

  await page
    .getByLabel('Your own series (CSV)')
    .setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from('name\nalice\nbob\n') });
  await expect(page.getByRole('alert').filter({ hasText: 'words.csv: No column holds only numbers.' })).toBeVisible();
  expect(await epochOf(page)).toBe(2);
  await page.getByLabel('Your own series (CSV)').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByRole('alert').filter({ hasText: 'empty.csv: The file is empty.' })).toBeVisible();
  await page
    .getByLabel('Your own series (CSV)')
    .setInputFiles({ name: 'short.csv', mimeType: 'text/csv', buffer: Buffer.from('v\n1\n2\n3\n') });
  await expect(page.getByRole('alert').filter({ hasText: 'short.csv: The series has 3 values' })).toBeVisible();
  expect(await epochOf(page)).toBe(2);

  const rows = Array.from({ length: 200 }, (_, index) => `${index},${Math.cos(index / 9).toFixed(3)}`).join('\n');
  await page
    .getByLabel('Your own series (CSV)')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(`t,value\n${rows}\n`) });
  await expect(page.getByText('mine.csv: 200 values read')).toBeVisible();
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await stepEpochs(page, 1);
  expect(errors).toEqual([]);
});

test('a link to the series task without its file falls back to sines and says why', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&task=series');
  await expect(page.getByLabel('Task')).toHaveValue('sines');
  await expect(page.getByRole('alert')).toContainText('links cannot carry one');
});

test('the preview shows what augmentation does, and changes when Jitter moves', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await openAugmentation(page);
  const preview = page.getByRole('figure', { name: /^Preview/ });
  await expect(preview.locator('polyline.augmented')).toHaveCount(3);
  const original = await preview.locator('polyline.original').first().getAttribute('points');
  const before = await preview.locator('polyline.augmented').first().getAttribute('points');
  expect(before).toBe(original);
  await nudgeSlider(page, 'Jitter', 10);
  await expect.poll(() => preview.locator('polyline.augmented').first().getAttribute('points')).not.toBe(before);
  const jittered = await preview.locator('polyline.augmented').first().getAttribute('points');
  await nudgeSlider(page, 'Jitter', 5);
  await expect.poll(() => preview.locator('polyline.augmented').first().getAttribute('points')).not.toBe(jittered);
  await expect(page.getByText('validation data is never augmented')).toBeVisible();
});

test('New data draws another seed and starts over', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&hidden=8');
  await stepEpochs(page, 1);
  const seed = await page.getByLabel('Seed', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'New data' }).click();
  await expect(page.getByLabel('Seed', { exact: true })).not.toHaveValue(seed);
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await expect.poll(() => urlParameter(page, 'seed')).toBe(await page.getByLabel('Seed', { exact: true }).inputValue());
});

test('choosing a task applies its own defaults and writes them to the address bar', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await page.getByLabel('Task').selectOption('reber');
  await expect.poll(() => urlParameter(page, 'train')).toBe('200');
  expect(await urlParameter(page, 'noise')).toBe('0.1');
  expect(await urlParameter(page, 'win')).toBe('16');
  await expect(page.getByRole('slider', { name: 'Training samples' })).toHaveAttribute('aria-valuetext', '200');
  await page.getByLabel('Task').selectOption('sines');
  await expect.poll(() => urlParameter(page, 'task')).toBeNull();
  expect(await urlParameter(page, 'train')).toBeNull();
});
