import { expect, type Locator, type Page } from '@playwright/test';

/** Every slider the page must offer, by its accessible name. */
export const sliderNames = [
  'Input dropout',
  'Recurrent dropout',
  'Output dropout',
  'L1',
  'L2',
  'Weight decay',
  'Clip threshold',
  'Jitter',
  'Random insert',
  'Random delete',
  'Random replace',
  'Random swap',
  'Truncate / pad',
  'Patience',
  'Min delta',
  'Learning rate',
  'Hidden units',
  'Layers',
  'Sequence length',
  'Batch size',
  'Training samples',
  'Validation samples',
  'Noise',
] as const;

/** Every select and checkbox the page must offer, by its accessible name. */
export const otherControlNames = [
  'Task',
  'Clip mode',
  'Optimizer',
  'Run on',
  'Early stopping',
  'Restore best weights',
  'Penalise recurrent weights',
  'Seed',
  'Stop after',
] as const;

/** Opens the augmentation controls (closed on a fresh page). */
export async function openAugmentation(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Augmentation', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** A small, fast model for tests that compare numbers: each epoch takes a few milliseconds. */
export const smallModel = 'hidden=8&train=32&valid=32&win=8';

/** Console errors and uncaught exceptions a page produced; a healthy page produces none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the playground with a query string and waits until its first run is built. */
export async function openPlayground(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByLabel('Backend')).toHaveText(/^(webgl|wasm|cpu)\b/);
  await expect(page.getByRole('status').filter({ hasText: /^(Ready|Preparing)/ })).toHaveText(/^Ready/);
}

/** The epoch counter as a number. */
export async function epochOf(page: Page): Promise<number> {
  return Number(await page.getByLabel('Epoch').textContent());
}

/** Presses Step `count` times and waits until the epoch counter shows them all done. */
export async function stepEpochs(page: Page, count: number): Promise<void> {
  const start = await epochOf(page);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let click = 0; click < count; click += 1) await step.click();
  await expect(page.getByLabel('Epoch')).toHaveText(String(start + count));
}

/** Both loss readouts, as the page shows them. */
export async function lossesShown(page: Page): Promise<string> {
  return `${await page.getByLabel('Training loss').textContent()} / ${await page.getByLabel('Validation loss').textContent()}`;
}

/** Moves a slider the way a keyboard user does: focus it, then press an arrow key `steps` times. */
export async function nudgeSlider(page: Page, name: string, steps: number): Promise<void> {
  const slider = page.getByRole('slider', { name, exact: true });
  await slider.focus();
  for (let press = 0; press < Math.abs(steps); press += 1) await slider.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
}

/** The current query string's value for a key, as the address bar shows it. */
export async function urlParameter(page: Page, key: string): Promise<string | null> {
  return new URL(page.url()).searchParams.get(key);
}

/** The length of each line a chart draws (its SVG path): an empty series draws none or a stub. */
export async function drawnLines(scope: Locator | Page): Promise<number[]> {
  return Promise.all((await scope.locator('.recharts-line-curve').all()).map(async (line) => (await line.getAttribute('d'))?.length ?? 0));
}

/** The shortest line the charts in `scope` draw, 0 if none: charts redraw a few times a second, so poll it. */
export async function shortestLine(scope: Locator | Page): Promise<number> {
  const lengths = await drawnLines(scope);
  return lengths.length === 0 ? 0 : Math.min(...lengths);
}

/** A history chart (loss or accuracy) by its caption. */
export function historyChart(page: Page, caption: RegExp): Locator {
  return page.getByRole('figure', { name: caption });
}

/** What a history chart tells screen readers it draws: its text summary (the chart area's description). */
export async function chartSummary(chart: Locator): Promise<string> {
  return chart
    .getByRole('group')
    .evaluate((surface) => document.getElementById(surface.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
}

/** How many epochs a history chart says it holds (0 before any). */
export async function chartEpochs(chart: Locator): Promise<number> {
  return Number(/^(\d+) epochs/.exec(await chartSummary(chart))?.[1] ?? 0);
}
