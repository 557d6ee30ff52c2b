import { expect, test } from '@playwright/test';
import { collectErrors, nudgeSlider, openPlayground, urlParameter } from './playground';

test('moving Dropout writes it into the address bar', async ({ page }) => {
  await openPlayground(page, '?backend=wasm');
  await nudgeSlider(page, 'Dropout', 3);
  await expect.poll(() => urlParameter(page, 'drop')).toBe('0.15');
  expect(await urlParameter(page, 'v')).toBe('1');
});

test('opening a shared link sets every control', async ({ page }) => {
  await openPlayground(
    page,
    '?drop=0.4&wd=0.001&clip=1&aug=0.1&lr=0.003&hidden=48&train=96&valid=128&win=30&noise=0.2&seed=7&epochs=500&backend=cpu',
  );
  const expected: Record<string, string> = {
    Dropout: '0.4',
    'Weight decay': '0.001',
    'Clip threshold': '1',
    Augmentation: '0.1',
    'Learning rate': '0.003',
    'Hidden units': '48',
    'Training samples': '96',
    'Validation samples': '128',
    'Window length': '30',
    Noise: '0.2',
  };
  for (const [name, valueText] of Object.entries(expected)) {
    await expect(page.getByRole('slider', { name, exact: true }), name).toHaveAttribute('aria-valuetext', valueText);
  }
  await expect(page.getByRole('slider', { name: 'Dropout' })).toHaveValue('0.4');
  await expect(page.getByRole('slider', { name: 'Weight decay' })).toHaveValue('-3');
  await expect(page.getByLabel('Seed')).toHaveValue('7');
  await expect(page.getByLabel('Stop after')).toHaveValue('500');
  await expect(page.getByLabel('Run on')).toHaveValue('cpu');
  await expect(page.getByLabel('Backend')).toHaveText('cpu');
});

test('a link with garbage loads with clamped values and a dismissible notice, without errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, '?drop=9&hidden=abc&lr=-5&backend=<b>x</b>&wd=1e400&unknown=1&noise=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('slider', { name: 'Dropout' })).toHaveValue('0.8');
  await expect(page.getByRole('slider', { name: 'Hidden units' })).toHaveValue('32');
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1e-4');
  await expect(page.getByRole('slider', { name: 'Weight decay' })).toHaveAttribute('aria-valuetext', '0.1');
  const notices = page.getByRole('alert');
  await expect(notices).toBeVisible();
  await expect(notices.getByRole('listitem')).toHaveCount(6);
  await expect(notices).toContainText('drop="9" is outside 0–0.8');
  await expect(notices).toContainText('<b>x</b>');
  expect(await page.locator('img, b').count()).toBe(0);
  // The address bar now holds the corrected values.
  await expect.poll(() => urlParameter(page, 'drop')).toBe('0.8');
  expect(await urlParameter(page, 'unknown')).toBeNull();
  for (let remaining = 6; remaining > 0; remaining -= 1) await notices.getByRole('button', { name: 'Dismiss notice' }).first().click();
  await expect(notices).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Back and Forward re-read the settings from the address bar', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&drop=0.5');
  await page.evaluate(() => window.history.pushState(null, '', '?backend=wasm&drop=0.1'));
  await page.evaluate(() => window.history.pushState(null, '', '?backend=wasm&drop=0.2'));
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'Dropout' })).toHaveValue('0.1');
  await page.goBack();
  await expect(page.getByRole('slider', { name: 'Dropout' })).toHaveValue('0.5');
  await page.goForward();
  await expect(page.getByRole('slider', { name: 'Dropout' })).toHaveValue('0.1');
});
