import { expect, test } from '@playwright/test';
import { epochOf, nudgeSlider, openPlayground, smallModel, stepEpochs, urlParameter } from './playground';

test('the gap readout is validation minus training loss, and the chart marks the best epoch', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 4);
  const train = Number(await page.getByLabel('Training loss').textContent());
  const val = Number(await page.getByLabel('Validation loss').textContent());
  expect(Number(await page.getByLabel('Generalization gap').textContent())).toBeCloseTo(val - train, 3);
  const chart = page.getByRole('figure', { name: /Loss curves/ });
  await expect(chart.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(chart.locator('.recharts-label', { hasText: /^best$/ })).toHaveCount(1);
  await expect(chart.locator('.recharts-area-area')).toHaveCount(1);
});

test('a knob moved during a run gets a labelled marker', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 2);
  await nudgeSlider(page, 'Output dropout', 2);
  await stepEpochs(page, 2);
  const chart = page.getByRole('figure', { name: /Loss curves/ });
  await expect(chart.locator('.recharts-label', { hasText: /^Output dropout 0 → 0\.1$/ })).toBeVisible();
});

test('smoothing draws the raw curves faint behind, and the log scale changes the axis', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 6);
  const chart = page.getByRole('figure', { name: /Loss curves/ });
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
  await nudgeSlider(page, 'Smoothing', 60);
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(4);
  await expect.poll(() => urlParameter(page, 'smooth')).toBe('0.6');
  const linearTicks = await chart.locator('.recharts-yAxis-tick-labels text').allTextContents();
  await page.getByLabel('Log scale').check();
  await expect.poll(() => chart.locator('.recharts-yAxis-tick-labels text').allTextContents()).not.toEqual(linearTicks);
  await expect.poll(() => urlParameter(page, 'logy')).toBe('1');
  // Neither is a training change: no marker, and the run goes on where it was.
  await expect(chart.locator('.recharts-label', { hasText: 'Smoothing' })).toHaveCount(0);
  expect(await epochOf(page)).toBe(6);
});

test('pinned runs stay on the chart through Reset, labelled by what differs, and can be hidden or removed', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  const pinButton = page.getByRole('button', { name: 'Pin run' });
  await expect(pinButton).toBeDisabled();
  await stepEpochs(page, 3);
  await pinButton.click();
  const list = page.getByRole('list', { name: 'Pinned runs' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('same settings: best validation loss');
  await nudgeSlider(page, 'Output dropout', 6);
  await expect(list).toContainText('Output dropout 0: best validation loss');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const chart = page.getByRole('figure', { name: /Loss curves/ });
  await expect(chart.locator('.pinned-curve')).toHaveCount(2);
  await page.getByRole('button', { name: 'Hide pinned run 1' }).click();
  await expect(chart.locator('.pinned-curve')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show pinned run 1' }).click();
  await expect(chart.locator('.pinned-curve')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove pinned run 1' }).click();
  await expect(list).toHaveCount(0);
});
