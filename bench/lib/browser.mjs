import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
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
    await page.exposeFunction('benchLoadAverage', () => loadavg()[0]);
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

/** Trace categories that carry every task Chromium runs (RunTask) and the threads' names. */
const traceCategories = ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'];

/**
 * The page's main-thread tasks from a Chromium trace: every RunTask on a renderer's main thread
 * (CrRendererMain; the worker's threads are left out), overlapping ones merged, as durations in ms; and
 * the span the trace covers (first event to last), which is a little longer than the page's window.
 */
export function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const spans = events
    .filter((event) => event.ph === 'X' && event.name === 'RunTask' && mainThreads.has(`${event.pid}:${event.tid}`))
    .map((event) => [event.ts, event.ts + (event.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const timed = events.filter((event) => event.ph !== 'M' && Number.isFinite(event.ts));
  const spanMs = (Math.max(...timed.map((event) => event.ts + (event.dur ?? 0))) - Math.min(...timed.map((event) => event.ts))) / 1000;
  return { tasksMs: merged.map(([start, end]) => (end - start) / 1000), traceSpanMs: spanMs };
}

/**
 * Opens the bench app page with `historyPoints` epochs already on the chart, presses Train (found by its
 * accessible name, as a person finds it), lets it train for `windowMs` and resolves to what the page
 * measured (bench/pages/app-page.tsx) with the main thread's tasks over the same window from a Chromium
 * trace (every task, not only the long ones).
 */
export async function runMainThreadWindow(browser, baseUrl, historyPoints, windowMs, progress) {
  const page = await openPage(browser, progress);
  try {
    let trace;
    await page.exposeFunction('benchWindowEdge', async (edge) => {
      if (edge === 'start') await browser.startTracing(page, { categories: traceCategories });
      else trace = await browser.stopTracing();
    });
    // The run must not end inside the window (the default stops after 1,000 epochs); wasm, as the targets
    // say, chosen in the link so that no backend measurement runs beside the window.
    await page.goto(`${baseUrl}/app.html?epochs=20000&backend=wasm#points=${historyPoints}&windowMs=${windowMs}`);
    await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 180_000 });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    // Building the run, starting the backend and the first epoch come before the window.
    const measured = await withTimeout(
      page.evaluate(() => window.mainThreadBench),
      // Generous: on a busy shared machine the first epochs alone can take a minute.
      windowMs + 180_000,
      'The main-thread window',
    );
    if (!trace) throw new Error('The main-thread window ended without a trace');
    return { ...measured, ...mainThreadTasks(trace) };
  } finally {
    await page.close();
  }
}
