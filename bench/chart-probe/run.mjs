// Measures the page's main thread while it trains on wasm with a long history on the chart:
//   node bench/chart-probe/run.mjs [--points 10000] [--seconds 10] [--skip-build]
// Builds probe.html (the real App, a made-up history, marks at every chart update), serves it, opens it
// in headless Chromium, lets it train, records a performance trace for the window and reports long tasks,
// main-thread busy time per second and the busy time of each chart update (the main-thread tasks that
// hold its chart-update marks). Prints one JSON object.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import browserSetup from '../../e2e/chromium.json' with { type: 'json' };

const { values } = parseArgs({
  options: { points: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' }, 'skip-build': { type: 'boolean' } },
});
const repository = fileURLToPath(new URL('../..', import.meta.url));
const out = join(repository, 'node_modules/.cache/chart-probe', process.env.CHART_PROBE_OUT ?? 'page');
if (!values['skip-build']) {
  execFileSync('npx', ['vite', 'build', '--config', 'bench/chart-probe/vite.config.ts'], { cwd: repository, stdio: 'inherit' });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(out, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? browserSetup.defaultPath, args: browserSetup.args });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/probe.html?backend=wasm&epochs=20000#points=${values.points}`);
  await page.waitForFunction(() => window.chartProbeReady !== undefined);
  await page.evaluate(() => window.chartProbeReady);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  const windowMs = Number(values.seconds) * 1000;
  const epochsBefore = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  await page.waitForTimeout(windowMs);
  const epochsAfter = Number(await page.getByLabel('Epoch', { exact: true }).textContent());
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const longTasksMs = await page.evaluate(() => window.chartProbeLongTasks ?? []);
  const events = trace.traceEvents;
  const marks = events.filter((event) => event.name === 'chart-update');
  const markedPid = marks[0]?.pid;
  const mainTid = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === markedPid && event.args?.name === 'CrRendererMain',
  )?.tid;
  const tasks = events
    .filter((event) => event.pid === markedPid && event.tid === mainTid && event.ph === 'X' && /RunTask$/.test(event.name))
    .sort((a, b) => a.ts - b.ts);
  // A task's wall time counts time the thread waited for a core on a busy machine; its thread time
  // (tdur, CPU) does not. Both are reported. A chart update is every task that holds a chart-update
  // mark, marks less than 50 ms apart counting as one update (a React commit and its nested updates).
  const markedTasks = tasks.filter((task) => marks.some((mark) => mark.ts >= task.ts && mark.ts <= task.ts + task.dur));
  const chartBursts = [];
  for (const task of markedTasks) {
    const last = chartBursts.at(-1);
    const cpu = task.tdur ?? task.dur;
    if (last && task.ts - last.end < 50_000) {
      last.end = task.ts + task.dur;
      last.wall += task.dur;
      last.cpu += cpu;
    } else chartBursts.push({ end: task.ts + task.dur, wall: task.dur, cpu });
  }
  const quantile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
  const figures = (key) => {
    const sorted = chartBursts.map((burst) => burst[key] / 1000).sort((a, b) => a - b);
    const round = (value) => Number(value.toFixed(2));
    return { median: round(quantile(sorted, 0.5)), p90: round(quantile(sorted, 0.9)), max: round(sorted.at(-1) ?? NaN) };
  };
  const perSecond = (key) =>
    Number(
      (tasks.reduce((sum, task) => sum + (key === 'cpu' ? (task.tdur ?? task.dur) : task.dur), 0) / 1000 / (windowMs / 1000)).toFixed(1),
    );
  process.stdout.write(
    `${JSON.stringify(
      {
        historyPoints: Number(values.points),
        windowMs,
        loadAverage: loadavg()[0],
        epochsTrained: epochsAfter - epochsBefore,
        longTasks: longTasksMs.length,
        longestTaskMs: Math.max(0, ...longTasksMs),
        busyMsPerSecond: { wall: perSecond('wall'), cpu: perSecond('cpu') },
        chartUpdates: chartBursts.length,
        chartUpdateBusyMs: { wall: figures('wall'), cpu: figures('cpu') },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await browser.close();
  server.close();
}
