import { expect, test, type Page } from '@playwright/test';
import { collectErrors, smallModel } from './playground';

const lab = (page: Page) => page.getByRole('region', { name: 'Bias–variance lab', exact: true });

async function openLab(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bias–variance lab', exact: true }).click();
  await expect(lab(page)).toBeVisible();
}

async function setUpSweep(page: Page, sweep: string, values: string, models: number, epochs: number): Promise<void> {
  const panel = lab(page);
  await panel.getByLabel('Sweep', { exact: true }).selectOption({ label: sweep });
  await panel.getByLabel('Sweep values', { exact: true }).fill(values);
  await panel.getByLabel('Models per point', { exact: true }).fill(String(models));
  await panel.getByLabel('Epochs per model', { exact: true }).fill(String(epochs));
}

test('a 3-value sweep with 4 models finishes and fills the table while the page stays usable, and copies as CSV', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`/?${smallModel}&backend=wasm`);
  await openLab(page);
  await expect(lab(page).getByText(/at once/)).toBeVisible();
  await setUpSweep(page, 'Hidden units', '2, 4, 8', 4, 80);
  await lab(page).getByRole('button', { name: 'Run sweep', exact: true }).click();
  const cancel = lab(page).getByRole('button', { name: 'Cancel sweep', exact: true });
  await expect(cancel).toBeEnabled();
  // While the sweep trains, a slider of the live run still moves and the address bar follows it.
  const dropout = page.getByRole('slider', { name: 'Output dropout', exact: true });
  await dropout.focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/odrop=0\.8/);
  await expect(cancel).toBeEnabled();
  await expect(lab(page).getByRole('progressbar', { name: 'Sweep progress', exact: true })).toBeVisible();
  const table = lab(page).getByRole('table', { name: 'Bias–variance decomposition', exact: true });
  await expect(table.getByRole('row')).toHaveCount(4, { timeout: 120_000 });
  await expect(cancel).toBeDisabled();
  for (const column of ['Value', 'Bias²', 'Variance', 'Noise', 'Expected test error', 'Measured test error', 'Training error']) {
    await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('rowheader')).toHaveText(['2', '4', '8']);
  // Every number cell holds a finite number; noise is σ² = 0.3² for the sines task.
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('0.0900');
  const figures = await table.getByRole('cell').allTextContents();
  expect(figures.every((text) => /^\d+\.\d{4}( ± \d+\.\d{4})?$/.test(text))).toBe(true);
  await expect(lab(page).getByText(/^Hidden units: From Hidden units 2 to 8, bias² /)).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await lab(page).getByRole('button', { name: 'Copy as CSV', exact: true }).click();
  await expect(lab(page).getByText('Copied.')).toBeVisible();
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  expect(csv.split('\n')[0]).toBe(
    'hidden,bias_squared,variance,noise,expected_test_error,measured_test_error,test_error_sd,training_error,training_error_sd,diverged_models',
  );
  expect(csv.split('\n').filter((line) => /^(2|4|8),0\.\d+,/.test(line))).toHaveLength(3);
  expect(errors).toEqual([]);
});

test('Cancel sweep stops a sweep and its progress', async ({ page }) => {
  await page.goto(`/?${smallModel}&backend=wasm`);
  await openLab(page);
  await setUpSweep(page, 'Training samples', '16, 32, 64, 128', 8, 400);
  await lab(page).getByRole('button', { name: 'Run sweep', exact: true }).click();
  const progress = lab(page).getByRole('progressbar', { name: 'Sweep progress', exact: true });
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  await lab(page).getByRole('button', { name: 'Cancel sweep', exact: true }).click();
  await expect(lab(page).getByText('Cancelled; the rows finished before stay.')).toBeVisible();
  const stoppedAt = await progress.getAttribute('value');
  await page.waitForTimeout(1500);
  expect(await progress.getAttribute('value')).toBe(stoppedAt);
  await expect(lab(page).getByRole('button', { name: 'Cancel sweep', exact: true })).toBeDisabled();
});

test("the lab's URL reopens the same set-up, and a bad list of values is explained", async ({ page }) => {
  await page.goto('/?sweep=samples&sweepat=16,32,64&models=4&sweepepochs=20');
  await expect(lab(page)).toBeVisible();
  await expect(lab(page).getByLabel('Sweep', { exact: true })).toHaveValue('samples');
  await expect(lab(page).getByLabel('Sweep values', { exact: true })).toHaveValue('16, 32, 64');
  await expect(lab(page).getByLabel('Models per point', { exact: true })).toHaveValue('4');
  await expect(lab(page).getByLabel('Epochs per model', { exact: true })).toHaveValue('20');
  await lab(page).getByLabel('Models per point', { exact: true }).fill('6');
  await expect(page).toHaveURL(/models=6/);
  await expect(page).toHaveURL(/sweepat=16%2C32%2C64/);
  await lab(page).getByLabel('Sweep values', { exact: true }).fill('16, lots');
  await expect(lab(page).getByRole('alert')).toHaveText('"lots" is not a number.');
  await expect(lab(page).getByRole('button', { name: 'Run sweep', exact: true })).toBeDisabled();
});
