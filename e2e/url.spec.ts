import { expect, test } from '@playwright/test';
import { collectErrors, nudgeSlider, openPlayground, urlParameter } from './playground';

test('moving a slider writes it into the address bar', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await nudgeSlider(page, 'Output dropout', 3);
  await expect.poll(() => urlParameter(page, 'odrop')).toBe('0.15');
  expect(await urlParameter(page, 'v')).toBe('1');
});

test('opening a shared link sets every control', async ({ page }) => {
  await openPlayground(
    page,
    '?idrop=0.1&rdrop=0.2&odrop=0.4&l1=0.0001&l2=0.001&clip=tensor&clipat=2&jitter=0.1&ins=0.02&del=0.03&rep=0.04&swap=0.05&crop=0.3&task=adding&es=1&patience=7&mindelta=0.002&restore=1&opt=rmsprop&lr=0.003&hidden=48&layers=2&win=30&batch=16&train=96&valid=128&noise=0.2&seed=7&epochs=500&rpen=0&backend=cpu',
  );
  const expected: Record<string, string> = {
    'Input dropout': '0.1',
    'Recurrent dropout': '0.2',
    'Output dropout': '0.4',
    L1: '1e-4',
    L2: '0.001',
    'Clip threshold': '2',
    Jitter: '0.1',
    'Random insert': '0.02',
    'Random delete': '0.03',
    'Random replace': '0.04',
    'Random swap': '0.05',
    'Truncate / pad': '0.3',
    Patience: '7',
    'Min delta': '0.002',
    'Learning rate': '0.003',
    'Hidden units': '48',
    Layers: '2',
    'Sequence length': '30',
    'Batch size': '16',
    'Training samples': '96',
    'Validation samples': '128',
    Noise: '0.2',
  };
  for (const [name, valueText] of Object.entries(expected)) {
    await expect(page.getByRole('slider', { name, exact: true }), name).toHaveAttribute('aria-valuetext', valueText);
  }
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.4');
  await expect(page.getByRole('slider', { name: 'L2' })).toHaveValue('-3');
  await expect(page.getByLabel('Clip mode')).toHaveValue('tensor');
  await expect(page.getByLabel('Task')).toHaveValue('adding');
  await expect(page.getByLabel('Optimizer')).toHaveValue('rmsprop');
  await expect(page.getByLabel('Early stopping')).toBeChecked();
  await expect(page.getByLabel('Restore best weights')).toBeChecked();
  await expect(page.getByLabel('Penalise recurrent weights')).not.toBeChecked();
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('7');
  await expect(page.getByLabel('Stop after')).toHaveValue('500');
  await expect(page.getByLabel('Run on')).toHaveValue('cpu');
  await expect(page.getByLabel('Backend')).toHaveText('cpu');
});

test('a link with garbage loads with clamped values and a dismissible notice, without errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(
    page,
    '?odrop=9&hidden=abc&lr=-5&backend=<b>x</b>&l2=1e400&unknown=1&noise=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  );
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.8');
  await expect(page.getByRole('slider', { name: 'Hidden units' })).toHaveValue('32');
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1e-4');
  await expect(page.getByRole('slider', { name: 'L2' })).toHaveAttribute('aria-valuetext', '0.1');
  const notices = page.getByRole('alert');
  await expect(notices).toBeVisible();
  await expect(notices.getByRole('listitem')).toHaveCount(6);
  await expect(notices).toContainText('odrop="9" is outside 0–0.8');
  await expect(notices).toContainText('<b>x</b>');
  expect(await page.locator('img, b').count()).toBe(0);
  // The address bar now holds the corrected values.
  await expect.poll(() => urlParameter(page, 'odrop')).toBe('0.8');
  expect(await urlParameter(page, 'unknown')).toBeNull();
  for (let remaining = 6; remaining > 0; remaining -= 1) await notices.getByRole('button', { name: 'Dismiss notice' }).first().click();
  await expect(notices).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Back and Forward re-read the settings from the address bar', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&odrop=0.5');
  await page.evaluate(() => window.history.pushState(null, '', '?backend=wasm&odrop=0.1'));
  await page.evaluate(() => window.history.pushState(null, '', '?backend=wasm&odrop=0.2'));
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.1');
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.5');
  await page.goForward();
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.1');
});

test('links from before the split controls load with the same meaning', async ({ page }) => {
  await openPlayground(page, '?drop=0.3&wd=0.001&clip=2&aug=0.1&backend=wasm');
  // Augmentation was on in the link, so its controls start open.
  await expect(page.getByRole('slider', { name: 'Jitter' })).toHaveAttribute('aria-valuetext', '0.1');
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.3');
  await expect(page.getByRole('slider', { name: 'L2' })).toHaveAttribute('aria-valuetext', '0.001');
  await expect(page.getByLabel('Clip mode')).toHaveValue('global');
  await expect(page.getByRole('slider', { name: 'Clip threshold' })).toHaveAttribute('aria-valuetext', '2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => urlParameter(page, 'odrop')).toBe('0.3');
});
