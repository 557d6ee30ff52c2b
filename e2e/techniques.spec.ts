import { expect, test, type Page } from '@playwright/test';
import {
  collectErrors,
  epochOf,
  lossesShown,
  openAugmentation,
  openPlayground,
  otherControlNames,
  sliderNames,
  smallModel,
  stepEpochs,
  urlParameter,
} from './playground';

test('every control has a name of its own', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await openAugmentation(page);
  // Each name finds exactly one element, as tests that use these names with exact: true expect.
  for (const name of [...sliderNames, ...otherControlNames, 'Epoch', 'Training loss', 'Validation loss', 'Backend']) {
    await expect(page.getByLabel(name, { exact: true }), name).toHaveCount(1);
  }
  for (const name of sliderNames) await expect(page.getByRole('slider', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Clip mode' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Early stopping' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Restore best weights' })).toBeVisible();
});

// How a person changes each control, and the URL key and value that must appear.
const changes: { name: string; change: (page: Page) => Promise<void>; key: string; value: string }[] = [
  ...(
    [
      ['Input dropout', 'idrop', '0.05'],
      ['Recurrent dropout', 'rdrop', '0.05'],
      ['Output dropout', 'odrop', '0.05'],
      ['L1', 'l1', '0.00001'],
      ['L2', 'l2', '0.00001'],
      ['Weight decay', 'wdecay', '0.001'],
      ['Clip threshold', 'clipat', '1.8'],
      ['Patience', 'patience', '21'],
      ['Min delta', 'mindelta', '0.001'],
      ['Learning rate', 'lr', '0.018'],
      ['Hidden units', 'hidden', '36'],
      ['Layers', 'layers', '2'],
      ['Sequence length', 'win', '21'],
      ['Batch size', 'batch', '33'],
      ['Jitter', 'jitter', '0.01'],
      ['Random insert', 'ins', '0.01'],
      ['Random delete', 'del', '0.01'],
      ['Random replace', 'rep', '0.01'],
      ['Random swap', 'swap', '0.01'],
      ['Truncate / pad', 'crop', '0.05'],
    ] as const
  ).map(([name, key, value]) => ({
    name,
    key,
    value,
    change: (page: Page) => page.getByRole('slider', { name, exact: true }).press('ArrowRight'),
  })),
  {
    name: 'Clip mode',
    key: 'clip',
    value: 'value',
    change: (page) =>
      page
        .getByLabel('Clip mode')
        .selectOption('value')
        .then(() => undefined),
  },
  {
    name: 'Optimizer',
    key: 'opt',
    value: 'sgd',
    change: (page) =>
      page
        .getByLabel('Optimizer')
        .selectOption('sgd')
        .then(() => undefined),
  },
  { name: 'Early stopping', key: 'es', value: '1', change: (page) => page.getByLabel('Early stopping').check() },
  { name: 'Restore best weights', key: 'restore', value: '1', change: (page) => page.getByLabel('Restore best weights').check() },
];

test('every control writes its value into the address bar, and the link brings it back', async ({ page, browser }) => {
  await openPlayground(page, '?backend=wasm');
  await openAugmentation(page);
  for (const { name, change, key, value } of changes) {
    await change(page);
    await expect.poll(() => urlParameter(page, key), name).toBe(value);
  }
  const shared = await browser.newPage();
  await openPlayground(shared, new URL(page.url()).search);
  for (const { name, key, value } of changes) {
    const control = shared.getByLabel(name);
    if ((await control.getAttribute('type')) === 'checkbox') await expect(control, name).toBeChecked();
    else if ((await control.getAttribute('type')) === 'range') expect(await urlParameter(shared, key), name).toBe(value);
    else await expect(control, name).toHaveValue(value);
  }
  expect(new URL(shared.url()).search).toBe(new URL(page.url()).search);
  await shared.close();
});

test('each technique changes the curves', async ({ page }) => {
  test.setTimeout(120_000);
  const base = `?backend=wasm&${smallModel}&batch=16`;
  await openPlayground(page, base);
  await stepEpochs(page, 2);
  const baseline = await lossesShown(page);
  const variants = [
    'idrop=0.5',
    'rdrop=0.5',
    'odrop=0.5',
    'l1=0.01',
    'l2=0.01',
    'clip=value&clipat=0.001',
    'clip=global&clipat=0.001',
    'clip=tensor&clipat=0.001',
    'opt=rmsprop',
    'opt=sgd',
    'lr=0.05',
    'hidden=12',
    'layers=2',
    'win=10',
    'batch=8',
    'aug=0.2',
  ];
  for (const variant of variants) {
    await openPlayground(page, `${base}&${variant}`);
    await stepEpochs(page, 2);
    expect(await lossesShown(page), variant).not.toBe(baseline);
  }
});

test('early stopping ends the run, names the best epoch and can restore its weights', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&lr=0.05&es=1&patience=3&restore=1`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Early stopping ended the run' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText('and the model is back at its weights');
  const stoppedAt = await epochOf(page);
  const best = Number((await status.textContent())?.match(/best epoch was (\d+)/)?.[1]);
  expect(stoppedAt).toBe(best + 3);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await page.waitForTimeout(500);
  expect(await epochOf(page)).toBe(stoppedAt);
});

test('a large min delta stops the run after exactly patience epochs', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&es=1&patience=4&mindelta=0.1`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Early stopping ended the run' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Epoch')).toHaveText('5');
});

test('a learning rate of 10 without clipping diverges, keeps the last sound epoch, and goes on with a lower rate', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, '?backend=wasm&lr=10');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const diverged = page.getByRole('status').filter({ hasText: 'Training diverged' });
  await expect(diverged).toBeVisible({ timeout: 30_000 });
  await expect(diverged).toHaveText(/The model is back at (the weights at the end of epoch \d+|its initial weights), the last sound epoch/);
  await expect(diverged).toHaveText(/Lower the learning rate or turn on gradient clipping, then press Train/);
  await expect(page.getByRole('figure', { name: /Loss curves/ })).toBeVisible();
  const keptEpoch = Number(await page.getByLabel('Epoch').textContent());
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('-3');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText(String(keptEpoch + 1));
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(page.getByLabel('Epoch')).toHaveText('0');
  expect(errors).toEqual([]);
});
