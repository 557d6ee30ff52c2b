// `npm run bench` (full) and `npm run bench:smoke`: builds the app and the bench pages, runs the step timings
// in a browser worker and in Node, the main-thread windows in headless Chromium, measures the bundle, and
// writes the results as JSON plus a Markdown report on stdout. Timings never fail the run; a broken
// benchmark (an exception, a missing number) does. See bench/README.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, runMainThreadWindow, runWorkerPart } from './lib/browser.mjs';
import { buildApp, buildBenchPages, measureBundle } from './lib/bundles.mjs';
import { runNodePart } from './lib/node-part.mjs';
import { fullPlan, smokePlan } from './lib/plans.mjs';
import { evaluateTargets, markdownReport } from './lib/report.mjs';
import { serveDirectory } from './lib/static-server.mjs';
import { nonFiniteNumbers, summariseMainThread } from './lib/summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const smoke = process.argv.includes('--smoke');
const plan = smoke ? smokePlan : fullPlan;
// The smoke run must not overwrite the committed figures of a full run.
const outputPath = smoke ? join(tmpdir(), `bench-smoke-${process.pid}.json`) : join(root, 'bench', 'results', 'latest.json');
const startedAt = Date.now();
// Other processes on a shared machine slow everything down; the report says how busy it was.
const loadAtStart = loadavg()[0];
const progress = (line) => process.stderr.write(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

async function runBrowserParts(pagesDir) {
  const server = await serveDirectory(pagesDir);
  const chromium = await launchChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    progress(`Chromium ${chromium.browser.version()}: step timings in the worker`);
    const steps = await runWorkerPart(chromium.browser, server.baseUrl, plan.browser, plan.workerPartTimeoutMs, progress);
    // Rounds alternate the history sizes, so drift during the run falls on every size alike.
    const windows = new Map(plan.mainThread.historySizes.map((size) => [size, []]));
    for (let round = 0; round < plan.mainThread.rounds; round += 1) {
      for (const size of plan.mainThread.historySizes) {
        progress(`main thread: ${size} epochs on the chart, round ${round + 1}`);
        windows.get(size).push(await runMainThreadWindow(chromium.browser, server.baseUrl, size, plan.mainThread.windowMs, progress));
      }
    }
    const mainThread = [...windows].map(([size, sizeWindows]) => summariseMainThread(size, sizeWindows));
    return { steps, mainThread, mainThreadWindows: Object.fromEntries(windows), chromiumVersion: chromium.browser.version() };
  } finally {
    await chromium.close();
    await server.close();
  }
}

async function main() {
  progress('building the app (as npm run build) and the bench pages');
  const appDir = join(root, 'node_modules', '.cache', 'bench', 'app');
  await buildApp(root, appDir);
  const bundle = await measureBundle(appDir);
  const pagesDir = await buildBenchPages(root);
  const browserParts = await runBrowserParts(pagesDir);
  progress('step timings in Node');
  const node = await runNodePart(root, plan.node);
  const renderer = browserParts.steps.webglRenderer ?? 'no WebGL';
  const results = {
    mode: smoke ? 'smoke' : 'full',
    date: new Date().toISOString().slice(0, 10),
    durationSeconds: (Date.now() - startedAt) / 1000,
    machine: {
      description: `${cpus().length}-core ${process.platform} (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browserParts.chromiumVersion}, WebGL renderer: ${renderer}; load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`,
      cores: cpus().length,
      loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] },
      node: process.version,
      chromium: browserParts.chromiumVersion,
      webglRenderer: renderer,
    },
    plan,
    browser: browserParts.steps,
    node,
    mainThread: browserParts.mainThread,
    mainThreadWindows: browserParts.mainThreadWindows,
    bundle,
  };
  results.targets = evaluateTargets(results);
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(markdownReport(results));
  progress(`wrote ${outputPath} in ${results.durationSeconds.toFixed(0)} s`);
  const missing = nonFiniteNumbers(results);
  if (missing.length > 0) throw new Error(`The benchmark left numbers unmeasured: ${missing.slice(0, 10).join(', ')}`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
