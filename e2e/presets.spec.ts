import { expect, test, type Page } from '@playwright/test';
import { nudgeSlider, openPlayground, urlParameter } from './playground';

test.describe.configure({ timeout: 300_000 });

// Opens a preset from the menu, trains it for its own budget (or until it stops by itself) and reads the outcome.
async function trainPreset(page: Page, name: string, adjust?: () => Promise<void>) {
  await openPlayground(page, '?backend=wasm');
  await page.getByLabel('Presets').selectOption({ label: name });
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await adjust?.();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^(Finished|Early stopping|Training diverged)/ });
  await expect(status).toBeVisible({ timeout: 280_000 });
  const number = async (label: string) => Number(await page.getByLabel(label).textContent());
  const best = (await page.getByLabel('Best so far').textContent())?.match(/^([\d.]+) \(epoch (\d+)\)$/);
  return {
    status: (await status.textContent()) ?? '',
    epoch: await number('Epoch'),
    trainLoss: await number('Training loss'),
    valLoss: await number('Validation loss'),
    gap: await number('Generalization gap'),
    bestValLoss: Number(best?.[1]),
    bestEpoch: Number(best?.[2]),
    clipped: (await page.getByLabel('Clipped steps').textContent()) ?? '',
  };
}

test('every preset is a link, says what to watch, and the menu follows Back and Forward', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  const menu = page.getByLabel('Presets');
  await menu.selectOption({ label: 'Weight decay' });
  await expect(page.getByText('What to watch: Decoupled weight decay')).toBeVisible();
  await expect.poll(() => urlParameter(page, 'wdecay')).toBe('10');
  expect(await urlParameter(page, 'backend')).toBe('wasm');
  expect(await urlParameter(page, 'epochs')).toBe('160');
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'Weight decay' })).toHaveAttribute('aria-valuetext', 'off');
  await expect(menu).toHaveValue('');
  await page.goForward();
  await expect(menu.locator('option:checked')).toHaveText('Weight decay');
});

test('choosing a preset starts a fresh run at epoch 0', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  const menu = page.getByLabel('Presets');
  await menu.selectOption({ label: 'Overfit on purpose' });
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  for (const epoch of [1, 2, 3]) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByLabel('Epoch')).toHaveText(String(epoch));
  }
  // Same data and model, other knobs: without a reset this would go on from epoch 3 with a change marker.
  await menu.selectOption({ label: 'Dropout to the rescue' });
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
});

test('overfitting on purpose, and what dropout, weight decay and early stopping do to it', async ({ page }) => {
  const overfit = await trainPreset(page, 'Overfit on purpose');
  expect(overfit.epoch).toBe(160);
  expect(overfit.bestEpoch).toBeLessThanOrEqual(30);
  expect(overfit.valLoss).toBeGreaterThan(overfit.bestValLoss * 1.25);
  const dropout = await trainPreset(page, 'Dropout to the rescue');
  expect(dropout.gap).toBeLessThan(overfit.gap * 0.5);
  const decay = await trainPreset(page, 'Weight decay');
  expect(decay.gap).toBeLessThan(overfit.gap);
  const early = await trainPreset(page, 'Early stopping');
  expect(early.status).toContain('Early stopping ended the run');
  expect(early.epoch).toBe(early.bestEpoch + 15);
  expect(early.epoch).toBeLessThanOrEqual(80);
});

test('clipping keeps large SGD steps bounded; without it they diverge', async ({ page }) => {
  const clipped = await trainPreset(page, 'Exploding gradients and clipping');
  expect(clipped.status).toContain('Finished');
  expect(clipped.clipped).not.toMatch(/^0 of/);
  const unclipped = await trainPreset(page, 'Exploding gradients and clipping', () =>
    page
      .getByLabel('Clip mode')
      .selectOption('off')
      .then(() => undefined),
  );
  expect(unclipped.status).toContain('Training diverged');
});

test('augmentation narrows the gap on a tiny training set', async ({ page }) => {
  const augmented = await trainPreset(page, 'Augmentation vs small data');
  const plain = await trainPreset(page, 'Augmentation vs small data', async () => {
    await nudgeSlider(page, 'Jitter', -20);
    await nudgeSlider(page, 'Truncate / pad', -10);
  });
  expect(augmented.gap).toBeLessThan(plain.gap * 0.75);
  expect(augmented.valLoss).toBeLessThan(plain.valLoss);
});

test('the adding problem is learned across time steps, and a tiny model underfits', async ({ page }) => {
  const adding = await trainPreset(page, 'Long memory: the adding problem');
  expect(adding.valLoss).toBeLessThan(0.1);
  const small = await trainPreset(page, 'Underfitting (too small a model)');
  expect(small.gap).toBeLessThan(0.05);
  expect(small.trainLoss).toBeGreaterThan(0.1);
});
