import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createServer } from 'vite';
import { collectErrors, smallModel, stepEpochs } from './playground';

// Its own port, beside the preview server's (E2E_PORT), so checkouts running side by side do not collide.
const devPort = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1001);
const root = fileURLToPath(new URL('..', import.meta.url));

test('npm run dev with an empty dependency cache serves a page that trains on its first load', async ({ page }) => {
  // A cold start pre-bundles every dependency on 2 cores: allow it minutes, not seconds.
  test.setTimeout(240_000);
  const cacheDir = await mkdtemp(join(tmpdir(), 'vite-cache-'));
  // The same server `npm run dev` starts (vite.config.ts), with a fresh cache as after a fresh clone.
  const server = await createServer({
    root,
    cacheDir,
    clearScreen: false,
    logLevel: 'warn',
    server: { port: devPort, strictPort: true, host: '127.0.0.1' },
  });
  try {
    await server.listen();
    const errors = collectErrors(page);
    await page.goto(`http://127.0.0.1:${devPort}/?backend=wasm&${smallModel}`);
    await expect(page.getByLabel('Backend')).toHaveText(/^wasm\b/, { timeout: 120_000 });
    await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/, { timeout: 60_000 });
    await stepEpochs(page, 2);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
});
