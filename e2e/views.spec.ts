import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chartEpochs,
  chartSummary,
  collectErrors,
  drawnLines,
  historyChart,
  openPlayground,
  shortestLine,
  smallModel,
  stepEpochs,
} from './playground';

async function openViews(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Inside the model' }).click();
  await expect(page.getByRole('heading', { name: 'Gates' })).toBeVisible();
}

// How many of a heatmap's pixels differ from white: a drawn map has colour.
function colouredPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let coloured = 0;
    for (let offset = 0; offset < data.length; offset += 4) if (data[offset] !== 255 || data[offset + 2] !== 255) coloured += 1;
    return coloured;
  });
}

test('inside the model: gradients, weights, predictions and gates draw data and follow training', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, `?backend=wasm&${smallModel}&layers=2`);
  await openViews(page);
  await stepEpochs(page, 3);

  const steps = page.getByRole('figure', { name: /Global size of each step’s gradient/ });
  await expect(steps).toContainText('0 of 3 steps clipped (0.0%). Clipping is off.');
  await expect.poll(() => shortestLine(steps)).toBeGreaterThan(20);
  const throughTime = page.getByRole('figure', { name: /Gradient reaching each time step/ });
  // One line per layer, over the 8 time steps.
  await expect.poll(() => shortestLine(throughTime)).toBeGreaterThan(20);
  expect(await drawnLines(throughTime)).toHaveLength(2);
  await expect(throughTime).toContainText(/The first step gets [\d.]+% \(layer 1\), [\d.]+% \(layer 2\)/);

  const weights = page.getByRole('figure', { name: /Kernel sizes during training/ });
  await expect.poll(() => shortestLine(weights)).toBeGreaterThan(20);
  expect(await drawnLines(weights)).toHaveLength(3);
  await expect(weights).toContainText(/Now ‖Wₓ‖ = [\d.]+, ‖Wₕ‖ = [\d.]+, [\d.]+% of kernel weights/);

  const training = page.getByRole('figure', { name: 'Training example (seen in training)' });
  const validation = page.getByRole('figure', { name: 'Validation example (never trained on)' });
  for (const example of [training, validation]) {
    await expect(example).toContainText(/target -?[\d.]+ · noise-free target -?[\d.]+ · forecast -?[\d.]+/);
    await expect.poll(async () => (await drawnLines(example))[0] ?? 0).toBeGreaterThan(20);
  }

  const maps = page.getByRole('img', { name: /units × 8 time steps/ });
  await expect(maps).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^Forget gate fₜ: 8 units × 8 time steps, mean 0\.\d\d/ })).toBeVisible();
  for (const map of await maps.all()) expect(await colouredPixels(map)).toBeGreaterThan(32);
  const forgetOnTraining = await page.getByRole('img', { name: /^Forget gate/ }).getAttribute('aria-label');
  await page.getByRole('radio', { name: 'Validation example' }).check();
  await expect(page.getByRole('img', { name: /^Forget gate/ })).not.toHaveAttribute('aria-label', forgetOnTraining ?? '');

  // Training moves every view: the forecast for the training example changes, the step chart grows.
  const forecastBefore = await training.locator('.hint').textContent();
  await stepEpochs(page, 5);
  await expect(steps).toContainText('0 of 8 steps clipped');
  await expect(training.locator('.hint')).not.toHaveText(forecastBefore ?? '');
  expect(errors).toEqual([]);
});

test('the gradient view draws the clip threshold and counts the clipped steps', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&clip=global&clipat=0.001`);
  await openViews(page);
  await stepEpochs(page, 2);
  const steps = page.getByRole('figure', { name: /Global size of each step’s gradient/ });
  await expect(steps).toContainText('2 of 2 steps clipped (100.0%).');
  await expect(steps.locator('.recharts-label', { hasText: 'clip threshold' })).toHaveCount(1);
});

test('a classification task gets an accuracy chart and shows its examples as strings with the model’s verdict', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&task=reber&hidden=8&batch=16');
  await openViews(page);
  await stepEpochs(page, 3);
  const accuracy = historyChart(page, /Accuracy curves/);
  await expect(accuracy).toBeVisible();
  await expect.poll(() => chartEpochs(accuracy)).toBe(3);
  expect(await chartSummary(accuracy)).toContain('Training accuracy; Validation accuracy;');
  const examples = page.locator('.classified-sample');
  await expect(examples).toHaveCount(2);
  await expect(examples.first()).toContainText(
    /^Training example.*[BTPSXVE]{12,}.*Label: (not )?grammatical.*The model says (not )?grammatical, \d+% sure/,
  );
});
