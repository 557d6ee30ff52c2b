import { expect, test } from '@playwright/test';
import {
  collectErrors,
  epochOf,
  lossesShown,
  nudgeSlider,
  openAugmentation,
  openPlayground,
  sliderNames,
  stepEpochs,
  chartEpochs,
  chartSummary,
  historyChart,
} from './playground';

test('opens with an empty chart, every control and no click needed', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page);
  await expect(page.getByRole('figure', { name: /Loss curves/ })).toBeVisible();
  await expect(page.locator('.chart-legend li')).toHaveText([
    'Training loss',
    'Validation loss',
    'Generalization gap',
    'Know-nothing baseline',
  ]);
  await openAugmentation(page);
  for (const name of sliderNames) await expect(page.getByRole('slider', { name, exact: true })).toBeVisible();
  for (const name of ['Train', 'Step', 'Reset']) await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await expect(page.getByLabel('Training loss')).toHaveText('—');
  await expect(page.getByLabel('Validation loss')).toHaveText('—');
  expect(errors).toEqual([]);
});

test('Train draws both curves while the epoch rises, and Pause stops the counter', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => epochOf(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  await expect(page.getByLabel('Training loss')).toHaveText(/^\d/);
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  const chart = historyChart(page, /Loss curves/);
  // The chart redraws a few times a second, so it may be a moment behind the readouts.
  await expect.poll(() => chartEpochs(chart)).toBeGreaterThanOrEqual(5);
  expect(await chartSummary(chart)).toContain('Drawn: Training loss; Validation loss; Know-nothing baseline; generalization gap band.');

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  const pausedAt = await epochOf(page);
  await page.waitForTimeout(1500);
  expect(await epochOf(page)).toBe(pausedAt);
});

test('a live knob applies mid-run without a restart; a shape knob starts over', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => epochOf(page)).toBeGreaterThanOrEqual(3);
  await nudgeSlider(page, 'Output dropout', 6);
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.3');
  const afterChange = await epochOf(page);
  await expect.poll(() => epochOf(page)).toBeGreaterThan(afterChange + 2);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  await nudgeSlider(page, 'Hidden units', 1);
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.getByLabel('Validation loss')).toHaveText('—');
});

test('Step trains exactly one epoch, and the same link gives the same losses on cpu', async ({ browser }) => {
  const results: string[] = [];
  for (let load = 0; load < 2; load += 1) {
    const page = await browser.newPage();
    await openPlayground(page, '?backend=cpu&odrop=0.2&rdrop=0.1&jitter=0.05&swap=0.1');
    await expect(page.getByLabel('Backend')).toHaveText('cpu');
    await stepEpochs(page, 1);
    await stepEpochs(page, 4);
    await page.waitForTimeout(300);
    await expect(page.getByLabel('Epoch')).toHaveText('5');
    results.push(await lossesShown(page));
    await page.close();
  }
  expect(results[0]).toMatch(/^\d\S* \/ \d/);
  expect(results[1]).toBe(results[0]);
});

test('the automatic backend choice starts and trains', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('1', { timeout: 30_000 });
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  expect(errors).toEqual([]);
});

test('WebGL, when asked for, trains too', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openPlayground(page, '?backend=webgl');
  await expect(page.getByLabel('Backend')).toHaveText('webgl');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  // A software renderer compiles its shaders in the first step: seconds, more on a loaded machine.
  await expect(page.getByLabel('Epoch')).toHaveText('1', { timeout: 50_000 });
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  expect(errors).toEqual([]);
});

// Frame timings are measured by the benchmark (npm run bench), not here: a shared machine's load would
// make such a test fail for reasons of its own. This checks what a user notices: the controls answer.
test('the controls answer while it trains', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => epochOf(page)).toBeGreaterThan(5);
  await nudgeSlider(page, 'Output dropout', 2);
  await expect(page).toHaveURL(/odrop=0\.1/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('status').first()).toHaveText(/^Paused after epoch \d+\.$/);
});
