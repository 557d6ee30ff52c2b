import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwrightChromium } from '@playwright/test';
import chromium from '../../e2e/chromium.json' with { type: 'json' };

// The installed Chromium and the flags the browser tests use (Playwright cannot download its own here);
// CHROMIUM_PATH overrides the path. See e2e/playwright.config.ts for why these flags.
const executablePath = process.env.CHROMIUM_PATH ?? chromium.defaultPath;
const chromiumArgs = chromium.args;

/** Launches headless Chromium with its own temporary HOME; close() also removes that folder. */
export async function launchChromium() {
  const home = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const browser = await playwrightChromium
    .launch({
      executablePath,
      args: chromiumArgs,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    })
    .catch(async (error) => {
      await rm(home, { recursive: true, force: true });
      throw error;
    });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

// A hung page (a backend that never answers) must end the run with an error, not keep it waiting.
function withTimeout(promise, milliseconds, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} gave no result in ${milliseconds / 1000} s`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// A page whose console errors and uncaught exceptions reach the terminal, so a failing run says why.
async function openPage(browser, progress) {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') progress(`page console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  return page;
}

/** Runs the step plan in the bench page's module worker (at most `timeoutMs`); resolves to its StepBenchResult. */
export async function runWorkerPart(browser, baseUrl, plan, timeoutMs, progress) {
  const page = await openPage(browser, progress);
  try {
    await page.exposeFunction('reportBenchProgress', (line) => progress(`[browser] ${line}`));
    await page.goto(`${baseUrl}/steps.html`);
    await page.waitForFunction(() => window.runStepBench !== undefined);
    return await withTimeout(
      page.evaluate((stepPlan) => window.runStepBench(stepPlan), plan),
      timeoutMs,
      'The step benchmark',
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens the bench app page with `historyPoints` epochs already on the chart, lets it train for
 * `windowMs` and resolves to what the page measured (bench/pages/app-page.tsx).
 */
export async function runMainThreadWindow(browser, baseUrl, historyPoints, windowMs, progress) {
  const page = await openPage(browser, progress);
  try {
    // The run must not end inside the window: the default stops after 1,000 epochs.
    await page.goto(`${baseUrl}/app.html?epochs=20000#points=${historyPoints}&windowMs=${windowMs}`);
    await page.waitForFunction(() => window.mainThreadBench !== undefined);
    // Building the run, starting the backend and the first epoch come before the window.
    return await withTimeout(
      page.evaluate(() => window.mainThreadBench),
      windowMs + 60_000,
      'The main-thread window',
    );
  } finally {
    await page.close();
  }
}
