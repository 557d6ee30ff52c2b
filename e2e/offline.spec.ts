import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { preview } from 'vite';
import { collectErrors, openPlayground, smallModel, stepEpochs } from './playground';

// Beside the preview server's port (E2E_PORT) and the dev server test's (E2E_PORT + 1001).
const updatePort = Number(process.env.E2E_PORT ?? 4173) + 1002;

// Resolves when the service worker has installed (precached the build) and is active.
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit the page loads and trains with no network', async ({ page, context }) => {
  const errors = collectErrors(page);
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await serviceWorkerReady(page);

  const fromNetwork: string[] = [];
  context.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  // A shared link with its own settings, opened offline: the service worker answers the navigation.
  const response = await page.goto(`/?backend=wasm&${smallModel}&odrop=0.2`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByLabel('Backend')).toHaveText(/^wasm\b/);
  await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
  await stepEpochs(page, 3);
  await expect(page.getByLabel('Validation loss')).toHaveText(/^\d/);
  await expect(page.getByRole('slider', { name: 'Output dropout' })).toHaveValue('0.2');
  // The equations' code and fonts come from the cache too.
  await page.getByRole('button', { name: 'What am I looking at?' }).click();
  await expect(page.locator('.equation').first()).toBeVisible();
  await expect(page.locator('.equation math')).toHaveCount(await page.locator('.equation').count());
  expect(fromNetwork).toEqual([]);
  expect(errors).toEqual([]);
});

test('a new version waits, with a quiet notice, until the person reloads', async ({ page }) => {
  // A deployment is a new service worker script; this test deploys one into a copy of the build,
  // served on a port of its own, so the build the other tests use stays as it is.
  const site = await mkdtemp(join(tmpdir(), 'playground-site-'));
  await cp(fileURLToPath(new URL('../dist', import.meta.url)), site, { recursive: true });
  const server = await preview({
    root: fileURLToPath(new URL('..', import.meta.url)),
    build: { outDir: site },
    logLevel: 'warn',
    preview: { port: updatePort, strictPort: true, host: '127.0.0.1' },
  });
  try {
    const errors = collectErrors(page);
    const origin = `http://127.0.0.1:${updatePort}`;
    await page.goto(`${origin}/?backend=wasm&${smallModel}`);
    await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
    await serviceWorkerReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the playground is ready.' });
    await expect(notice).toHaveCount(0);

    // A deployment changes the service worker's script. Browsers look for a new one on navigations and
    // now and then: first a tab kept open since the first visit asks, then a returning visit's page load.
    const deploy = async (version: string) => {
      const worker = join(site, 'sw.js');
      await writeFile(worker, `${await readFile(worker, 'utf8')}\n// ${version}\n`);
    };
    await deploy('version 2');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    for (const next of ['version 3', undefined]) {
      await expect(notice).toBeVisible();
      // The page goes on working meanwhile: nothing is reloaded behind the person's back.
      await stepEpochs(page, 1);
      // The page reloads (the run's curves come back from the browser's storage, so the epoch says little).
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload', exact: true }).click()]);
      await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
      await expect(notice).toHaveCount(0);
      if (next === undefined) break;
      await deploy(next);
      await page.reload();
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(errors).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await rm(site, { recursive: true, force: true });
  }
});
