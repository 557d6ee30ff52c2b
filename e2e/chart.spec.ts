import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chartEpochs,
  chartSummary,
  epochOf,
  historyChart,
  nudgeSlider,
  openPlayground,
  smallModel,
  stepEpochs,
  urlParameter,
} from './playground';

const lossChart = (page: Page) => historyChart(page, /Loss curves/);

// The table of the drawn values: one row per epoch while the run is short, as [epoch, training, validation, gap].
async function tableRows(chart: Locator): Promise<number[][]> {
  const rows = await chart.getByRole('table').getByRole('row').all();
  const cells = await Promise.all(rows.slice(1).map((row) => row.getByRole('cell').or(row.getByRole('rowheader')).allTextContents()));
  return cells.map((texts) => texts.map(Number));
}

test('the chart says what it draws, marks the best epoch, and its table holds the readouts’ values', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 4);
  const train = Number(await page.getByLabel('Training loss').textContent());
  const val = Number(await page.getByLabel('Validation loss').textContent());
  expect(Number(await page.getByLabel('Generalization gap').textContent())).toBeCloseTo(val - train, 3);
  const chart = lossChart(page);
  await expect.poll(() => chartEpochs(chart)).toBe(4);
  const summary = await chartSummary(chart);
  expect(summary).toContain('Drawn: Training loss; Validation loss; Know-nothing baseline; generalization gap band.');
  expect(summary).toMatch(/Markers: best at epoch [1-4]\.$/);

  await chart.getByRole('button', { name: 'Loss data as a table' }).click();
  const rows = await tableRows(chart);
  expect(rows.map((row) => row[0])).toEqual([1, 2, 3, 4]);
  const [, lastTrain, lastVal, lastGap] = rows[3] ?? [];
  expect(lastTrain).toBeCloseTo(train, 3);
  expect(lastVal).toBeCloseTo(val, 3);
  expect(lastGap).toBeCloseTo(val - train, 3);
});

test('hovering or the arrow keys read one epoch’s losses and gap', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 6);
  const chart = lossChart(page);
  await expect.poll(() => chartEpochs(chart)).toBe(6);
  await chart.getByRole('button', { name: 'Loss data as a table' }).click();
  const rows = await tableRows(chart);
  const readout = chart.getByLabel('Loss chart readout');
  await expect(readout).toBeHidden();

  const box = await chart.locator('canvas').boundingBox();
  if (!box) throw new Error('The chart has no canvas');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  await expect(readout).toBeVisible();
  const shown = (await readout.textContent()) ?? '';
  const epoch = Number(/epoch (\d+)/.exec(shown)?.[1]);
  expect(epoch).toBeGreaterThanOrEqual(1);
  const [, train, val, gap] = rows[epoch - 1] ?? [];
  expect(Number(/training loss ([\d.e-]+)/.exec(shown)?.[1])).toBeCloseTo(train ?? NaN, 3);
  expect(Number(/validation loss ([\d.e-]+)/.exec(shown)?.[1])).toBeCloseTo(val ?? NaN, 3);
  expect(Number(/gap (-?[\d.e-]+)/.exec(shown)?.[1])).toBeCloseTo(gap ?? NaN, 3);
  // Further right is a later epoch.
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect.poll(async () => Number(/epoch (\d+)/.exec((await readout.textContent()) ?? '')?.[1])).toBeGreaterThan(epoch);
  await page.mouse.move(box.x + 2, box.y + 2);
  await expect(readout).toBeHidden();

  const surface = chart.getByRole('group');
  await surface.focus();
  await surface.press('End');
  await expect(readout).toContainText('epoch 6');
  await surface.press('ArrowLeft');
  await surface.press('ArrowLeft');
  await expect(readout).toContainText('epoch 4');
  await surface.press('Home');
  await expect(readout).toContainText('epoch 1');
  await surface.press('Escape');
  await expect(readout).toBeHidden();
});

test('a knob moved during a run gets a labelled marker; a burst of moves is one marker', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 2);
  await nudgeSlider(page, 'Output dropout', 2);
  await stepEpochs(page, 2);
  const chart = lossChart(page);
  await expect(chart.getByText('Output dropout 0 → 0.1', { exact: true })).toBeVisible();
  await expect.poll(() => chartSummary(chart)).toContain('Output dropout 0 → 0.1 after epoch 2');

  // While training, three presses land after different epochs, yet make one marker.
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => epochOf(page)).toBeGreaterThanOrEqual(8);
  for (let press = 0; press < 3; press += 1) {
    const before = await epochOf(page);
    await nudgeSlider(page, 'L2', 1);
    await expect.poll(() => epochOf(page)).toBeGreaterThan(before);
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect.poll(async () => ((await chartSummary(chart)).match(/L2 /g) ?? []).length).toBe(1);
  expect(await chartSummary(chart)).toMatch(/L2 off → [\d.e-]+ after epoch \d+/);
});

test('marker labels never overprint each other', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&epochs=200`);
  await stepEpochs(page, 1);
  // Changes after epochs 1, 2 and 3: their lines are a few pixels apart, their labels far longer.
  for (const knob of ['Output dropout', 'Input dropout', 'Recurrent dropout', 'L2', 'L1']) {
    await nudgeSlider(page, knob, 1);
    await stepEpochs(page, 1);
  }
  const chart = lossChart(page);
  await expect.poll(() => chartSummary(chart)).toContain('L1 off →');
  const boxes = await chart
    .locator('.chart-marker-label')
    .evaluateAll((labels) =>
      labels.map((label) => label.getBoundingClientRect()).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })),
    );
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  for (const [index, first] of boxes.entries())
    for (const second of boxes.slice(index + 1)) {
      const overlap = first.left < second.right && second.left < first.right && first.top < second.bottom && second.top < first.bottom;
      expect(overlap, JSON.stringify([first, second])).toBe(false);
    }
});

test('smoothing draws the raw curves faint behind, and the log scale changes the axis', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 6);
  const chart = lossChart(page);
  await expect
    .poll(() => chartSummary(chart))
    .toContain('Drawn: Training loss; Validation loss; Know-nothing baseline; generalization gap band.');
  await nudgeSlider(page, 'Smoothing', 60);
  await expect
    .poll(() => chartSummary(chart))
    .toContain(
      'Drawn: Training loss (raw); Validation loss (raw); Training loss (smoothed); Validation loss (smoothed); Know-nothing baseline; generalization gap band.',
    );
  await expect.poll(() => urlParameter(page, 'smooth')).toBe('0.6');
  await expect.poll(() => chartSummary(chart)).toContain('Value axis: linear, 0 to');
  await page.getByLabel('Log scale').check();
  await expect.poll(() => chartSummary(chart)).toMatch(/Value axis: logarithmic, 0\.0*1 to (0\.)?\d+\./);
  await expect.poll(() => urlParameter(page, 'logy')).toBe('1');
  // Neither is a training change: no marker, and the run goes on where it was.
  expect(await chartSummary(chart)).not.toContain('Smoothing');
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
  const chart = lossChart(page);
  const pinnedCurves = 'Pinned run 1 validation; Pinned run 1 training';
  await expect.poll(() => chartSummary(chart)).toContain(pinnedCurves);
  await page.getByRole('button', { name: 'Hide pinned run 1' }).click();
  await expect.poll(() => chartSummary(chart)).not.toContain('Pinned run 1');
  await page.getByRole('button', { name: 'Show pinned run 1' }).click();
  await expect.poll(() => chartSummary(chart)).toContain(pinnedCurves);
  await page.getByRole('button', { name: 'Remove pinned run 1' }).click();
  await expect(list).toHaveCount(0);
});

test('Repeat over seeds shades each loss curve’s spread across the seeds', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&reps=3`);
  await stepEpochs(page, 2);
  const chart = lossChart(page);
  await expect
    .poll(() => chartSummary(chart))
    .toContain(
      'Drawn: Training loss with a band of ± one standard deviation across seeds; Validation loss with a band of ± one standard deviation across seeds; Know-nothing baseline; generalization gap band.',
    );
});
