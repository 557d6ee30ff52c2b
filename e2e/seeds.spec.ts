import { expect, test } from '@playwright/test';
import { chartSummary, historyChart, openPlayground, smallModel, stepEpochs } from './playground';

test('Repeat over seeds trains several runs together and shows their mean ± standard deviation', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}&reps=3`);
  await expect(page.getByLabel('Repeat over seeds', { exact: true })).toHaveValue('3');
  await stepEpochs(page, 2);
  for (const name of ['Training loss', 'Validation loss', 'Generalization gap'])
    await expect(page.getByLabel(name, { exact: true })).toHaveText(/^-?\d\.\d+ ± \d\.?\d*(e-\d+)?$/);
  const chart = historyChart(page, /Loss curves/);
  await expect.poll(() => chartSummary(chart)).toContain('Validation loss with a band of ± one standard deviation across seeds');
  // A pinned run keeps its band.
  await page.getByRole('button', { name: 'Pin run' }).click();
  await expect.poll(() => chartSummary(chart)).toContain('Pinned run 1 validation with a band of ± one standard deviation across seeds');
  // Two pinned runs of three seeds: the page says whether their difference beats the seeds' spread.
  await stepEpochs(page, 2);
  await page.getByRole('button', { name: 'Pin run' }).click();
  await expect(page.getByRole('group', { name: 'Pinned runs compared' })).toHaveText(
    /^Pinned runs 1 and 2: final validation loss \d\.\d+ ± [\d.e-]+ \(3 seeds\) against \d\.\d+ ± [\d.e-]+ \(3 seeds\); Welch's t = -?[\d.∞]+.*p = [<\d. ]+: (they differ|the difference is within)/,
  );
  // One seed alone has no spread to show.
  await page.getByLabel('Repeat over seeds', { exact: true }).fill('1');
  await expect(page).not.toHaveURL(/reps=/);
  await stepEpochs(page, 1);
  await expect(page.getByLabel('Validation loss', { exact: true })).toHaveText(/^\d\.\d+$/);
  await expect.poll(() => chartSummary(chart)).not.toContain('Validation loss with a band');
});

test('the loss chart draws the know-nothing baseline and names it in the legend', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await stepEpochs(page, 1);
  await expect(page.locator('.chart-legend li').filter({ hasText: 'Know-nothing baseline' })).toBeVisible();
  await expect.poll(() => chartSummary(historyChart(page, /Loss curves/))).toContain('Know-nothing baseline');
});
