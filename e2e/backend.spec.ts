import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openPlayground } from './playground';

// The measured speeds the page lists, by backend.
async function listedSpeeds(page: Page): Promise<Map<string, number>> {
  const text = (await page.getByText(/^Measured on this device/).textContent()) ?? '';
  return new Map(Array.from(text.matchAll(/(webgl|wasm|cpu) ([\d.]+) steps\/s/g), (match) => [match[1] as string, Number(match[2])]));
}

test('automatic measures every backend in the background, runs on the fastest, and remembers it on this device', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, '?hidden=8');
  // The page is usable while the measurement runs: a step trains at once.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('1');
  await expect(page.getByText(/^Measured on this device/)).toBeVisible({ timeout: 60_000 });
  const speeds = await listedSpeeds(page);
  expect([...speeds.keys()].sort()).toEqual(['cpu', 'wasm', 'webgl']);
  const [fastest, fastestSpeed] = [...speeds].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  // The run had trained an epoch, so it keeps its backend; Reset moves to the fastest.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('Backend')).toHaveText(`${fastest} · ${fastestSpeed} steps/s`);
  await expect(page.getByText('Running on the backend measured fastest on this device.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('overfitting-playground:backend-speeds:v1'))).toContain(fastest);

  await page.reload();
  await expect(page.getByLabel('Backend')).toHaveText(`${fastest} · ${fastestSpeed} steps/s`);
  await expect(page.getByText('Timing each backend on this device in the background…')).toHaveCount(0);
  expect(await listedSpeeds(page)).toEqual(speeds);

  await page.getByRole('button', { name: 'Measure backends again' }).click();
  await expect(page.getByText(/^Measured on this device/)).toBeVisible({ timeout: 60_000 });
  expect([...(await listedSpeeds(page)).keys()].sort()).toEqual(['cpu', 'wasm', 'webgl']);
  expect(errors).toEqual([]);
});

test('a backend asked for by name is kept whatever was measured', async ({ page }) => {
  await openPlayground(page, '?hidden=8');
  await expect(page.getByText(/^Measured on this device/)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Run on').selectOption('cpu');
  await expect(page.getByLabel('Backend')).toHaveText(/^cpu · [\d.]+ steps\/s$/);
});
