import { expect, test } from '@playwright/test';
import { collectErrors, openPlayground } from './playground';

test('"What am I looking at?" explains overfitting and typesets the LSTM equations', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, '?backend=wasm');
  const button = page.getByRole('button', { name: 'What am I looking at?' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Bias, variance and irreducible error' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The LSTM cell' })).toBeVisible();
  // KaTeX writes MathML beside its HTML: the forget gate's formula is there as math, not as a picture.
  await expect(page.locator('.equation math')).toHaveCount(5);
  await expect(page.locator('.equation annotation').last()).toContainText('f_t &= \\sigma(W_f');
  expect(errors).toEqual([]);
});
