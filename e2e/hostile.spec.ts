import { expect, test, type Page } from '@playwright/test';
import { collectErrors, epochOf, openPlayground, smallModel, stepEpochs, urlParameter } from './playground';

// Words that an object literal would find on Object.prototype; a link must never reach them.
for (const query of ['es=constructor', 'rpen=__proto__', 'restore=toString', 'logy=constructor', 'es=__proto__']) {
  test(`?${query} loads a working page with a notice`, async ({ page }) => {
    const errors = collectErrors(page);
    await openPlayground(page, `?backend=wasm&${smallModel}&${query}`);
    const [key, word] = query.split('=') as [string, string];
    await expect(page.getByRole('alert')).toContainText(`${key}="${word}" is not 1 or 0`);
    await expect(page.getByLabel('Early stopping')).not.toBeChecked();
    await expect(page.getByLabel('Restore best weights')).not.toBeChecked();
    await expect(page.getByLabel('Penalise recurrent weights')).toBeChecked();
    // The address bar holds the default again, not a stringified object.
    await expect.poll(() => urlParameter(page, key)).toBeNull();
    await stepEpochs(page, 2);
    expect(errors).toEqual([]);
  });
}

test('a link with a 64,000-digit value is read at once, with a notice', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  // Too long for the preview server's request line, so the page is sent there the way Back and Forward
  // do. The old number pattern spent seconds on such a value.
  await page.evaluate(
    (query) => {
      window.history.pushState(null, '', query);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    `?backend=wasm&${smallModel}&lr=${'1'.repeat(64_000)}x`,
  );
  await expect(page.getByRole('alert')).toContainText('is not a number; using 0.01.');
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.01');
  await stepEpochs(page, 1);
  expect(errors).toEqual([]);
});

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Your own series (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('hostile CSV files are refused with their row, and the running run carries on', async ({ page }) => {
  const errors = collectErrors(page);
  await openPlayground(page, `?backend=wasm&${smallModel}`);
  await page.getByLabel('Task').selectOption('series');
  await page.getByRole('button', { name: 'Load sample CSV' }).click();
  await expect(page.getByText('sample-series.csv: 1095 values read')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Ready/ })).toBeVisible();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => epochOf(page)).toBeGreaterThan(1);

  const refusals: [string, string, string][] = [
    ['huge.csv', 'v\n1\n2\n1e999\n4\n', 'huge.csv: Row 4, column "v": "1e999" is too large'],
    ['quote.csv', 'v\n1\n=HYPERLINK("http://example.com","c")\n3\n', 'quote.csv: Row 3: a quotation mark is out of place'],
    ['comma.csv', 'value\n"3,5"\n"4,25"\n', 'comma.csv: No column holds only numbers; column "value" ("3,5") writes a decimal comma'],
    ['long-cell.csv', `v\n1\n2\n${'1'.repeat(1_000_000)}x\n`, 'long-cell.csv: No column holds only numbers.'],
  ];
  for (const [name, text, message] of refusals) {
    await upload(page, name, text);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByLabel('Column').locator('option')).toHaveText(['day', 'temperature_c']);
    const epoch = await epochOf(page);
    await expect.poll(() => epochOf(page), `training goes on after ${name}`).toBeGreaterThan(epoch);
  }
  await expect(page.getByRole('status').filter({ hasText: /^Training/ })).toBeVisible();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  const rows = Array.from(
    { length: 120 },
    (_, index) =>
      `${index};${Math.cos(index / 9)
        .toFixed(3)
        .replace('.', ',')}`,
  ).join('\n');
  await upload(page, 'european.csv', `t;value;value\n${rows.replaceAll('\n', ';1\n')};1\n`);
  await expect(page.getByText('european.csv: 120 values read')).toBeVisible();
  await expect(page.getByLabel('Column').locator('option')).toHaveText(['t', 'value', 'value (2)']);
  await expect(page.getByLabel('Column')).toHaveValue('1');
  await stepEpochs(page, 1);
  expect(errors).toEqual([]);
});
