import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
// Shared with the benchmark, which launches the same browser the same way.
import chromium from './chromium.json' with { type: 'json' };

// Playwright cannot download its own browsers here; it drives an installed Chromium instead.
const chromiumPath = process.env.CHROMIUM_PATH ?? chromium.defaultPath;
// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath,
      // Background services would only knock on a closed network. Never add --use-gl=swiftshader:
      // TF.js then refuses the context and silently falls back to the CPU.
      args: chromium.args,
    },
  },
  webServer: {
    // Serves the built app (dist/) from the repository root, as a static host would.
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
