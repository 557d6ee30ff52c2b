import { expect, test, type Page, type Worker } from '@playwright/test';
import { chartEpochs, epochOf, historyChart, openPlayground, smallModel } from './playground';

// Faults are injected with page.route, which sees only requests that reach the network: once the
// service worker controls the page it answers the worker script and the .wasm files from its cache.
test.use({ serviceWorkers: 'block' });

// The training worker, not the one that measures backends.
async function trainingWorker(page: Page): Promise<Worker> {
  await expect.poll(() => page.workers().filter((worker) => worker.url().includes('training.worker')).length).toBeGreaterThan(0);
  return page.workers().find((worker) => worker.url().includes('training.worker')) as Worker;
}

const status = (page: Page) => page.getByRole('status').first();

async function trainTo(page: Page, epochs: number): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => epochOf(page)).toBeGreaterThanOrEqual(epochs);
}

test('a worker closed mid-run is replaced within seconds and the run goes on from where it was', async ({ page }) => {
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await trainTo(page, 5);
  const best = await page.getByLabel('Best so far').textContent();
  const worker = await trainingWorker(page);
  await worker.evaluate(() => self.close());
  const closedAt = await epochOf(page);
  await expect(status(page)).toHaveText(/The training worker stopped working \(it stopped answering for 7 s\)/, { timeout: 10_000 });
  // The new worker rebuilds the run from the last checkpoint and trains on by itself.
  await expect.poll(() => epochOf(page), { timeout: 20_000 }).toBeGreaterThan(closedAt + 3);
  await expect(status(page)).toHaveText('Training…');
  // The chart keeps every epoch it had: one drawn per epoch counted, none lost at the replacement.
  const chart = historyChart(page, /Loss curves/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect.poll(async () => (await chartEpochs(chart)) === (await epochOf(page))).toBe(true);
  expect(await page.getByLabel('Best so far').textContent()).not.toBe('—');
  expect(best).not.toBe('—');
});

test('a worker script that cannot load is reported, retried, and Reset starts it once it can', async ({ page }) => {
  await page.route('**/training.worker*', (route) => route.abort());
  await page.goto(`/?backend=wasm&${smallModel}`);
  await expect(status(page)).toHaveText(/The training worker (stopped working|could not be restarted)/, { timeout: 10_000 });
  await expect(status(page)).toHaveText(/could not be restarted .*Press Reset to try again/, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await page.unroute('**/training.worker*');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(status(page)).toHaveText(/^Ready/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('1');
});

test('without the WebAssembly files the run falls back to another backend and says why', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await expect(page.getByLabel('Backend')).toHaveText(/^(webgl|cpu)/);
  await expect(page.getByText(/Why not the first choice: wasm:/)).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByLabel('Epoch')).toHaveText('1', { timeout: 30_000 });
});

test('a lost WebGL context mid-run moves the run to another backend and it goes on', async ({ page }) => {
  await openPlayground(page, `?backend=webgl&${smallModel}`);
  await expect(page.getByLabel('Backend')).toHaveText(/^webgl/);
  await trainTo(page, 3);
  const worker = await trainingWorker(page);
  await worker.evaluate(() => {
    const context = (globalThis as { trainingWebglContext?: WebGL2RenderingContext }).trainingWebglContext;
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  const lostAt = await epochOf(page);
  await expect(status(page)).toHaveText(/its WebGL context was lost/, { timeout: 10_000 });
  await expect(page.getByLabel('Backend')).toHaveText(/^(wasm|cpu)/, { timeout: 20_000 });
  await expect.poll(() => epochOf(page), { timeout: 20_000 }).toBeGreaterThan(lostAt);
});
