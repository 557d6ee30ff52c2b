import { expect, test } from '@playwright/test';
import { openPlayground, smallModel, stepEpochs } from './playground';

test('Repeat over seeds trains several runs together and shows their mean ± standard deviation', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&reps=3`);
  await expect(page.getByLabel('Repeat over seeds', { exact: true })).toHaveValue('3');
  await stepEpochs(page, 2);
  for (const name of ['Training loss', 'Validation loss', 'Generalization gap'])
    await expect(page.getByLabel(name, { exact: true })).toHaveText(/^-?\d\.\d+ ± \d\.?\d*(e-\d+)?$/);
  // One seed alone has no spread to show.
  await page.getByLabel('Repeat over seeds', { exact: true }).fill('1');
  await expect(page).not.toHaveURL(/reps=/);
  await stepEpochs(page, 1);
  await expect(page.getByLabel('Validation loss', { exact: true })).toHaveText(/^\d\.\d+$/);
});
