// The bias–variance lab's speed, measured in the built app in headless Chromium on wasm:
// the default sweep's wall time and the long tasks on the page's main thread while it runs, and how
// the cost grows with Models per point and with the number of lab workers. Prints a Markdown table
// and writes every number to bench/results/lab.json. Reports only: a number missing its target never fails it.
//
//   node bench/lab.mjs            the full set (about 10 minutes on a busy 2-core machine)
//   node bench/lab.mjs --quick    the default sweep only
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium as playwrightChromium } from '@playwright/test';
import { build, preview } from 'vite';
import chromium from '../e2e/chromium.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules/.cache/bench-lab/app');
const quick = process.argv.includes('--quick');
const log = (line) => process.stderr.write(`[lab] ${line}\n`);
const print = (line) => process.stdout.write(`${line}\n`);

// Each case: a lab set-up in the URL, and how many cores the page believes it has (workers = cores − 1, at least 1).
const cases = [
  { name: 'default sweep (epochs 2,5,20,50,150 × 8 models)', query: '', cores: undefined },
  ...(quick
    ? []
    : [
        { name: 'default sweep, 2 models per point', query: 'models=2', cores: undefined },
        { name: 'default sweep, 4 models per point', query: 'models=4', cores: undefined },
        { name: 'default sweep, 2 workers', query: '', cores: 3 },
        {
          name: 'hidden units 32,33 × 4 models, 100 epochs',
          query: 'sweep=hidden&sweepat=32,33&models=4&sweepepochs=100',
          cores: undefined,
        },
      ]),
];

async function runCase(browser, baseUrl, testCase) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.addInitScript((cores) => {
    if (cores) Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => cores });
    // Long tasks from the moment the sweep starts; the page's own start-up is not the lab's.
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, testCase.cores);
  await page.goto(`${baseUrl}/?backend=wasm${testCase.query ? `&${testCase.query}` : ''}`);
  const region = page.getByRole('region', { name: 'Bias–variance lab', exact: true });
  if (!(await region.isVisible())) await page.getByRole('button', { name: 'Bias–variance lab', exact: true }).click();
  const workers = await region.getByText(/at once/).textContent();
  // Other processes on the machine stretch every number here: the load average says how busy it was.
  const loadBefore = loadavg()[0];
  const startedAt = await page.evaluate(() => performance.now());
  await region.getByRole('button', { name: 'Run sweep', exact: true }).click();
  await region.getByText(/^(Finished\.|The sweep failed)/).waitFor({ timeout: 900_000 });
  const endedAt = await page.evaluate(() => performance.now());
  const status = await region.getByText(/^(Finished\.|The sweep failed)/).textContent();
  const longTasks = await page.evaluate((start) => window.__longTasks.filter((task) => task.start >= start), startedAt);
  const rows = await region
    .getByRole('table', { name: 'Bias–variance decomposition', exact: true })
    .getByRole('row')
    .evaluateAll((elements) => elements.slice(1).map((row) => [...row.children].map((cell) => cell.textContent)));
  const summary = await region.locator('figcaption').textContent();
  const models = rows.length > 0 ? Number(/over (\d+) models/.exec(await region.locator('caption').textContent())?.[1]) : 0;
  await page.close();
  const seconds = (endedAt - startedAt) / 1000;
  return { ...testCase, status, workers, seconds, startedAt, longTasks, rows, summary, models, load: [loadBefore, loadavg()[0]] };
}

const home = await mkdtemp(join(tmpdir(), 'bench-lab-'));
log('building the app');
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  build: { outDir },
  preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await playwrightChromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? chromium.defaultPath,
  args: chromium.args,
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
});
const results = [];
try {
  for (const testCase of cases) {
    log(`running: ${testCase.name}`);
    const result = await runCase(browser, baseUrl, testCase);
    log(
      `${result.seconds.toFixed(1)} s, ${result.status}, long tasks (ms after start: duration): ${result.longTasks.map((task) => `${(task.start - result.startedAt).toFixed(0)}: ${task.duration.toFixed(0)}`).join(', ')}`,
    );
    results.push(result);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(home, { recursive: true, force: true });
}

const machine = { cpus: cpus().length, model: cpus()[0]?.model, date: new Date().toISOString() };
await mkdir(join(root, 'bench/results'), { recursive: true });
if (!quick) await writeFile(join(root, 'bench/results/lab.json'), JSON.stringify({ machine, results }, null, 2));
const epochsOf = (result) => (result.query.includes('sweep=hidden') ? 100 : 150);
print(`Lab sweeps in headless Chromium, wasm, ${machine.cpus} cores (${machine.model}), ${machine.date}\n`);
print('| sweep | workers | wall time (s) | models/s | epochs/s | long tasks > 50 ms (longest ms) | load average before / after |');
print('|---|---|---|---|---|---|---|');
for (const result of results) {
  const trained = result.query.includes('sweep=hidden') ? 2 * result.models : result.models;
  const workers = /^(\d+)/.exec(result.workers ?? '')?.[1] ?? '?';
  const longest = Math.max(0, ...result.longTasks.map((task) => task.duration));
  print(
    `| ${result.name} | ${workers} | ${result.seconds.toFixed(1)} | ${(trained / result.seconds).toFixed(2)} | ${((trained * epochsOf(result)) / result.seconds).toFixed(0)} | ${result.longTasks.length} (${longest.toFixed(0)}) | ${result.load.map((value) => value.toFixed(1)).join(' / ')} |`,
  );
}
print(`\nDefault sweep: ${results[0]?.summary ?? ''}`);
for (const row of results[0]?.rows ?? []) print(`| ${row.join(' | ')} |`);
