import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './playground';

// Chooses an entry of the Export menu and returns the downloaded file's name and text.
async function exported(page: Page, item: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('the Export menu downloads the set-up as a Keras script and as TensorFlow.js code', async ({ page }) => {
  await openPlayground(page, '?backend=wasm&l2=0.003&wdecay=0.5&clip=tensor&clipat=2&es=1&patience=7');
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await button.click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();

  const keras = await exported(page, 'Keras script (Python)');
  expect(keras.name).toBe('overfitting_playground.py');
  expect(keras.text).toContain('keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.5, clipnorm=2');
  expect(keras.text).toContain('REGULARIZER = keras.regularizers.L1L2(l1=0, l2=0.003)');
  expect(keras.text).toContain('patience=7');

  const tfjs = await exported(page, 'TensorFlow.js code');
  expect(tfjs.name).toBe('overfitting_playground.js');
  expect(tfjs.text).toContain('tf.layers.lstm({ units: 32');
  expect(tfjs.text).toContain('tf.regularizers.l1l2({ l1: 0, l2: 0.003 })');
});
