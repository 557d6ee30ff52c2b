import { expect, type Page } from '@playwright/test';

/** Every setting slider and field the page must offer, by its accessible name. */
export const sliderNames = [
  'Dropout',
  'Weight decay',
  'Clip threshold',
  'Augmentation',
  'Learning rate',
  'Hidden units',
  'Training samples',
  'Validation samples',
  'Window length',
  'Noise',
] as const;

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
  await expect(page.getByLabel('Backend')).toHaveText(/^(webgl|wasm|cpu)$/);
}

/** The epoch counter as a number. */
export async function epochOf(page: Page): Promise<number> {
  return Number(await page.getByLabel('Epoch').textContent());
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
