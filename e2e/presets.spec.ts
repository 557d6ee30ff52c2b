import { expect, test, type Page } from '@playwright/test';
import { nudgeSlider, openPlayground, urlParameter } from './playground';

test.describe.configure({ timeout: 120_000 });

// Opens a preset from the menu, trains it for `epochs` epochs (or until it stops by itself) and reads the outcome.
async function trainPreset(page: Page, name: string, epochs: number, adjust?: () => Promise<void>) {
  await openPlayground(page, '?backend=wasm');
  await page.getByLabel('Presets').selectOption({ label: name });
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await adjust?.();
  await page.getByLabel('Stop after').fill(String(epochs));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^(Finished|Early stopping|Training diverged)/ });
  await expect(status).toBeVisible({ timeout: 100_000 });
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

test('every preset is a link, and says what to watch', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await page.getByLabel('Presets').selectOption({ label: 'Weight decay' });
  await expect(page.getByText('What to watch: An L2 penalty')).toBeVisible();
  await expect.poll(() => urlParameter(page, 'l2')).toBe('0.003');
  expect(await urlParameter(page, 'backend')).toBe('wasm');
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'L2' })).toHaveAttribute('aria-valuetext', 'off');
});

test('overfitting on purpose, and what dropout, weight decay and early stopping do to it', async ({ page }) => {
  const overfit = await trainPreset(page, 'Overfit on purpose', 60);
  expect(overfit.bestEpoch).toBeLessThan(45);
  expect(overfit.valLoss).toBeGreaterThan(overfit.bestValLoss * 1.15);
  const dropout = await trainPreset(page, 'Dropout to the rescue', 60);
  expect(dropout.gap).toBeLessThan(overfit.gap * 0.75);
  const decay = await trainPreset(page, 'Weight decay', 60);
  expect(decay.gap).toBeLessThan(overfit.gap * 0.75);
  const early = await trainPreset(page, 'Early stopping', 60);
  expect(early.status).toContain('Early stopping ended the run');
  expect(early.epoch).toBe(early.bestEpoch + 15);
});

test('clipping keeps large SGD steps bounded; without it they diverge', async ({ page }) => {
  const clipped = await trainPreset(page, 'Exploding gradients and clipping', 12);
  expect(clipped.status).toContain('Finished');
  expect(clipped.clipped).not.toMatch(/^0 of/);
  const unclipped = await trainPreset(page, 'Exploding gradients and clipping', 12, () =>
    page
      .getByLabel('Clip mode')
      .selectOption('off')
      .then(() => undefined),
  );
  expect(unclipped.status).toContain('Training diverged');
});

test('augmentation narrows the gap on a tiny training set', async ({ page }) => {
  const augmented = await trainPreset(page, 'Augmentation vs small data', 60);
  const plain = await trainPreset(page, 'Augmentation vs small data', 60, async () => {
    await nudgeSlider(page, 'Jitter', -20);
    await nudgeSlider(page, 'Truncate / pad', -10);
  });
  expect(augmented.gap).toBeLessThan(plain.gap * 0.6);
  expect(augmented.valLoss).toBeLessThan(plain.valLoss);
});

test('the adding problem is learned across time steps, and a tiny model underfits', async ({ page }) => {
  const adding = await trainPreset(page, 'Long memory: the adding problem', 25);
  expect(adding.valLoss).toBeLessThan(0.1);
  const small = await trainPreset(page, 'Underfitting (too small a model)', 30);
  expect(small.gap).toBeLessThan(0.05);
  expect(small.trainLoss).toBeGreaterThan(0.1);
});
