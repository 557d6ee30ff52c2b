import { expect, test } from '@playwright/test';
import { openPlayground, smallModel, stepEpochs } from './playground';

test('under the hood: the hand-derived gradients are checked against autodiff in the browser', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&layers=2`);
  await stepEpochs(page, 2);
  await page.getByRole('button', { name: 'Under the hood' }).click();
  await expect(page.getByText(/back-propagation through time/)).toBeVisible();
  await page.getByRole('button', { name: 'Check the gradients' }).click();
  const difference = page.getByLabel('Largest relative difference');
  await expect(difference).toHaveText(/^\d\.\de-\d+$/);
  expect(Number(await difference.textContent())).toBeLessThan(1e-4);
  await expect(page.getByText(/after epoch 2: the hand-derived gradients match automatic differentiation/)).toBeVisible();
  // Two layers of three weight tensors, and the head's two.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + 8);
  await expect(page.getByRole('row', { name: /layer 2 recurrent kernel W_h/ })).toBeVisible();
});
